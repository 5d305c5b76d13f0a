import { ErrorPanel } from "@gantry/web-kit/components/ErrorPanel";
import { Component, type ErrorInfo, type ReactNode } from "react";

interface Props {
  title: string;
  onRetry: () => void;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Keeps a failing area (unreachable remote or a crash inside it) from taking the shell down. */
export class AreaErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`The ${this.props.title} area failed`, error, info.componentStack);
  }

  retry = () => {
    this.props.onRetry();
    this.setState({ error: null });
  };

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <ErrorPanel
        title={`${this.props.title} is unavailable`}
        message={`${this.state.error.message} The rest of Gantry keeps working; try again later or tell your administrator.`}
        onRetry={this.retry}
      />
    );
  }
}
