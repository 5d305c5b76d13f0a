import type { AreaProps } from "@gantry/web-kit/area";
import "@mantine/dates/styles.css";
import { Route, Routes } from "react-router";
import { AreaContextProvider } from "./area-context.tsx";
import { AreaNav } from "./components/AreaNav.tsx";
import { DeviceRegistryScreen } from "./screens/DeviceRegistryScreen.tsx";
import { DeviceScreen } from "./screens/DeviceScreen.tsx";
import { DisinfectionLogScreen } from "./screens/DisinfectionLogScreen.tsx";
import { InventoryScreen } from "./screens/InventoryScreen.tsx";
import { LogDisinfectionScreen } from "./screens/LogDisinfectionScreen.tsx";
import { MaintenanceCalendarScreen } from "./screens/MaintenanceCalendarScreen.tsx";
import { ReceiveStockScreen } from "./screens/ReceiveStockScreen.tsx";
import { RecordUseScreen } from "./screens/RecordUseScreen.tsx";
import { ScheduleMaintenanceScreen } from "./screens/ScheduleMaintenanceScreen.tsx";

/**
 * The Equipment area (biomedical engineering and imaging operations), mounted by the shell under
 * /equipment/*. Routes are relative to that mount point. Every department role reads it; the screens
 * offer changes only to those the API lets make them.
 */
export default function EquipmentArea({ session, basePath }: AreaProps) {
  return (
    <AreaContextProvider session={session} basePath={basePath}>
      <AreaNav />
      <Routes>
        <Route index element={<DeviceRegistryScreen />} />
        <Route path="devices/:deviceId" element={<DeviceScreen />} />
        <Route path="maintenance" element={<MaintenanceCalendarScreen />} />
        <Route path="maintenance/schedule" element={<ScheduleMaintenanceScreen />} />
        <Route path="inventory" element={<InventoryScreen />} />
        <Route path="inventory/receive" element={<ReceiveStockScreen />} />
        <Route path="inventory/use" element={<RecordUseScreen />} />
        <Route path="disinfection" element={<DisinfectionLogScreen />} />
        <Route path="disinfection/:probeId" element={<DisinfectionLogScreen />} />
        <Route path="disinfection/:probeId/log" element={<LogDisinfectionScreen />} />
        <Route path="*" element={<DeviceRegistryScreen />} />
      </Routes>
    </AreaContextProvider>
  );
}
