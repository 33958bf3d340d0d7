import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Bars and the SVG renderer only: a small bundle and nothing that injects styles the CSP forbids.
echarts.use([BarChart, GridComponent, SVGRenderer]);

export interface GroupBar {
  label: string;
  mean: number;
}

/**
 * Horizontal bars of a scale's mean per group on the full answer scale, so small differences are
 * not blown up. One image for assistive technology; the table beside it carries the numbers.
 */
export function GroupMeansChart({ bars, min, max, label }: { bars: GroupBar[]; min: number; max: number; label: string }) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 40, top: 4, bottom: 20, containLabel: true },
      xAxis: { type: 'value', min, max, interval: 1, axisLabel: { color: '#1b2427', fontSize: 11 }, splitLine: { lineStyle: { color: '#d6dcda' } } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: bars.map((b) => b.label),
        axisTick: { show: false },
        axisLabel: { color: '#1b2427', fontSize: 12, width: 140, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          silent: true,
          barWidth: 16,
          itemStyle: { color: '#0b5c63' },
          label: { show: true, position: 'right', color: '#1b2427', fontSize: 11, formatter: ({ value }: { value: unknown }) => (typeof value === 'number' ? value.toFixed(2) : '') },
          data: bars.map((b) => b.mean),
        },
      ],
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [bars, min, max]);

  return <div ref={ref} className="survey-group-chart" role="img" aria-label={label} style={{ height: bars.length * 30 + 30 }} />;
}
