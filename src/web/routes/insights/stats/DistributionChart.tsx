import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { bandColour, bandText } from './bands';

// Only what a stacked bar needs: the bundle stays small and nothing injects styles the CSP forbids.
echarts.use([BarChart, GridComponent, SVGRenderer]);

export interface ChartRow {
  label: string;
  counts: number[];
}

/**
 * One horizontal stacked bar per competency, one segment per score band. Purely visual: the table
 * next to it carries the same numbers for everyone, so the chart is hidden from assistive technology.
 */
export function DistributionChart({ rows, bands }: { rows: ChartRow[]; bands: string[] }) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 8, top: 4, bottom: 4, containLabel: true },
      xAxis: { type: 'value', show: false, max: 'dataMax' },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((row) => row.label),
        axisTick: { show: false },
        axisLine: { show: false },
        axisLabel: { color: '#1b2427', fontSize: 12, width: 120, overflow: 'truncate' },
      },
      series: bands.map((band, index) => ({
        type: 'bar',
        name: band,
        stack: 'total',
        barWidth: 20,
        silent: true,
        itemStyle: { color: bandColour(index), borderColor: '#ffffff', borderWidth: 1 },
        label: {
          show: true,
          color: bandText(index),
          fontSize: 11,
          formatter: ({ value }: { value: unknown }) => (typeof value === 'number' && value > 0 ? String(value) : ''),
        },
        data: rows.map((row) => row.counts[index] ?? 0),
      })),
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [rows, bands]);

  // Set through the DOM (not a style attribute), which the Content-Security-Policy allows.
  return <div ref={ref} className="distribution-chart" aria-hidden="true" style={{ height: rows.length * 32 + 8 }} />;
}
