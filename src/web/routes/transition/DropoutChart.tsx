import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, GridComponent, LegendComponent, SVGRenderer]);

export interface DropoutChartRow {
  label: string;
  switchRate: number;
  dropoutRate: number;
}

/**
 * Switch and dropout rates side by side per group (suppressed groups left out). Purely visual: the
 * table below carries the same numbers, so the chart is hidden from assistive technology.
 */
export function DropoutChart({ rows, labels }: { rows: DropoutChartRow[]; labels: { switches: string; dropouts: string } }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: 'svg' });
    const pct = (x: number) => Math.round(x * 1000) / 10;
    chart.setOption({
      animation: false,
      legend: { top: 0, textStyle: { color: '#1b2427' } },
      grid: { left: 8, right: 16, top: 32, bottom: 4, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: '{value}%', color: '#1b2427' } },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), axisLabel: { color: '#1b2427', width: 140, overflow: 'truncate' } },
      series: [
        { type: 'bar', name: labels.switches, silent: true, itemStyle: { color: '#1d6f8a' }, data: rows.map((r) => pct(r.switchRate)) },
        { type: 'bar', name: labels.dropouts, silent: true, itemStyle: { color: '#b0412e' }, data: rows.map((r) => pct(r.dropoutRate)) },
      ],
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [rows, labels]);
  return <div ref={ref} className="dropout-chart" aria-hidden="true" style={{ height: Math.max(120, rows.length * 56 + 48) }} />;
}
