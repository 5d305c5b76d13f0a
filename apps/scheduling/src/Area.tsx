import "./area.css";
import type { AreaProps } from "@gantry/web-kit/area";
import { PermissionsPending, permissionsSettled } from "@gantry/web-kit/components/QueryState";
import type { ReactNode } from "react";
import { Route, Routes } from "react-router";
import { AreaContextProvider, useArea } from "./area-context.tsx";
import { AreaNav } from "./components/AreaNav.tsx";
import { AppointmentScreen } from "./screens/AppointmentScreen.tsx";
import { BookingScreen } from "./screens/BookingScreen.tsx";
import { CatalogueScreen } from "./screens/CatalogueScreen.tsx";
import { ProcedureScreen } from "./screens/catalogue/ProcedureScreen.tsx";
import { NewOrderScreen } from "./screens/NewOrderScreen.tsx";
import { OrderQueueScreen } from "./screens/OrderQueueScreen.tsx";
import { OrderScreen } from "./screens/OrderScreen.tsx";
import { SchedulesScreen } from "./screens/SchedulesScreen.tsx";
import { CriticalResultsScreen } from "./screens/critical/CriticalResultsScreen.tsx";
import { TodayScreen } from "./screens/today/TodayScreen.tsx";
import { TrackingBoardScreen } from "./screens/today/TrackingBoardScreen.tsx";
import { WaitlistScreen } from "./screens/WaitlistScreen.tsx";

/** Every screen decides from the catalogue: wait for the API's answer (or say why it could not be asked). */
function OnceKnown({ children }: { children: ReactNode }) {
  const { permissions } = useArea();
  if (!permissionsSettled(permissions)) return <PermissionsPending permissions={permissions} />;
  return children;
}

/**
 * The Scheduling area (orders, booking, device schedules, the procedure catalogue), mounted by the
 * shell under /scheduling/*. Routes are relative to that mount point; each screen offers only what
 * the area's permission catalogue allows, and says who may when it refuses.
 */
export default function SchedulingArea({ session, basePath }: AreaProps) {
  return (
    <AreaContextProvider session={session} basePath={basePath}>
      <div className="scheduling-area">
        <OnceKnown>
          <AreaNav />
          <Routes>
            <Route index element={<OrderQueueScreen />} />
            <Route path="queue" element={<OrderQueueScreen />} />
            <Route path="new-order" element={<NewOrderScreen />} />
            <Route path="orders/:orderId" element={<OrderScreen />} />
            <Route path="orders/:orderId/book" element={<BookingScreen />} />
            <Route path="appointments/:appointmentId" element={<AppointmentScreen />} />
            <Route path="today" element={<TodayScreen />} />
            <Route path="board" element={<TrackingBoardScreen />} />
            <Route path="critical-results" element={<CriticalResultsScreen />} />
            <Route path="waitlist" element={<WaitlistScreen />} />
            <Route path="schedules" element={<SchedulesScreen />} />
            <Route path="catalogue" element={<CatalogueScreen />} />
            <Route path="catalogue/:procedureId" element={<ProcedureScreen />} />
            <Route path="*" element={<OrderQueueScreen />} />
          </Routes>
        </OnceKnown>
      </div>
    </AreaContextProvider>
  );
}
