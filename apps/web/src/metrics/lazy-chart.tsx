import { lazy, Suspense } from 'react';
import type { MetricChartProps } from './metric-chart';

// ECharts is large: it loads only when a chart is shown, never with the first pages.
const MetricChart = lazy(() => import('./metric-chart'));

export function LazyChart(props: MetricChartProps) {
  return (
    <Suspense fallback={<div style={{ height: 360 }} aria-hidden="true" />}>
      <MetricChart {...props} />
    </Suspense>
  );
}
