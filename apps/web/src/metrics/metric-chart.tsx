import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only the parts the compare page draws (not the full ECharts bundle); this module is loaded lazily.
echarts.use([LineChart, BarChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface ChartSeries {
  name: string;
  /** [x, y] pairs: year and value for lines and bars, two values for a scatter. */
  points: Array<[number | string, number | null]>;
  demo?: boolean;
}

export interface MetricChartProps {
  kind: 'line' | 'bar' | 'scatter';
  series: ChartSeries[];
  xName?: string;
  yName?: string;
  /** Categories of the x axis (years or city names) for lines and bars. */
  categories?: string[];
  formatValue: (value: number) => string;
  /** The id of the table that says the same in text: the chart itself is hidden from screen readers. */
  tableId: string;
}

/**
 * A chart drawn on a canvas. Screen readers skip it (aria-hidden) and read the table beside it,
 * which the visible caption points to.
 */
export default function MetricChart({ kind, series, xName, yName, categories, formatValue, tableId }: MetricChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    // No canvas (a locked-down browser, jsdom): no chart; the table beside it says everything.
    if (!document.createElement('canvas').getContext('2d')) return;
    const chart = echarts.init(element, undefined, { renderer: 'canvas' });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => chart.resize());
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      chart.dispose();
    };
  }, []);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.getInstanceByDom(element);
    if (!chart) return;
    const valueAxis = { type: 'value' as const, name: yName, scale: true, axisLabel: { formatter: (v: number) => formatValue(v) } };
    chart.setOption(
      {
        animation: false,
        aria: { enabled: false },
        tooltip: { trigger: kind === 'scatter' ? 'item' : 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? formatValue(v) : String(v ?? '')) },
        legend: { type: 'scroll', bottom: 0 },
        grid: { left: 16, right: 24, top: 32, bottom: 48, containLabel: true },
        xAxis:
          kind === 'scatter'
            ? { type: 'value', name: xName, scale: true, axisLabel: { formatter: (v: number) => formatValue(v) } }
            : { type: 'category', name: xName, data: categories },
        yAxis: valueAxis,
        series: series.map((s) => ({
          name: s.name,
          type: kind,
          data: kind === 'scatter' ? s.points : s.points.map(([, y]) => y),
          connectNulls: false,
          symbolSize: kind === 'scatter' ? 12 : 6,
          lineStyle: s.demo ? { type: 'dashed' } : undefined,
        })),
      },
      { notMerge: true },
    );
  }, [kind, series, xName, yName, categories, formatValue]);

  return <div ref={ref} aria-hidden="true" data-table={tableId} data-testid="metric-chart" style={{ width: '100%', height: 360 }} />;
}
