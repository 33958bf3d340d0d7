import { RadarChart as RadarSeries, type RadarSeriesOption } from 'echarts/charts';
import type { RadarComponentOption } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'react';

// Only the radar and the SVG renderer: SVG draws crisp on every screen and needs no canvas.
echarts.use([RadarSeries, SVGRenderer]);

type Option = echarts.ComposeOption<RadarSeriesOption | RadarComponentOption>;

export interface RadarLine {
  name: string;
  values: (number | null)[];
  /** The current measurement is a filled shape with dots; an earlier one a dashed outline with triangles. */
  kind: 'current' | 'previous';
}

const COLORS = { current: '#0b5c63', previous: '#8a4b00', grid: '#c3cbc8', text: '#1b2427' };

interface Size {
  width: number;
  height: number;
}

/**
 * As large as the box allows while the names beside the left and right corners still fit
 * (echarts does not wrap a single long word such as "Motievenreflectie"). Corners go
 * anticlockwise from the top, as echarts draws them.
 */
function layout(axes: string[], size: Size): { radius: number; fontSize: number } {
  const fontSize = size.width < 420 ? 11 : 13;
  const step = (2 * Math.PI) / Math.max(axes.length, 1);
  let radius = size.height / 2 - 36;
  axes.forEach((axis, index) => {
    const reach = Math.abs(Math.cos(Math.PI / 2 + index * step));
    if (reach < 0.2) return;
    const labelWidth = axis.length * fontSize * 0.58 + 10;
    radius = Math.min(radius, (size.width / 2 - labelWidth) / reach);
  });
  return { radius: Math.max(40, Math.floor(radius)), fontSize };
}

function buildOption(axes: string[], lines: RadarLine[], min: number, max: number, size: Size): Option {
  const { radius, fontSize } = layout(axes, size);
  return {
    animation: false,
    radar: {
      indicator: axes.map((name) => ({ name, min, max })),
      radius,
      center: ['50%', '52%'],
      splitNumber: max - min,
      shape: 'polygon',
      axisName: { color: COLORS.text, fontSize },
      axisLine: { lineStyle: { color: COLORS.grid } },
      splitLine: { lineStyle: { color: COLORS.grid } },
      splitArea: { show: false },
    },
    series: [
      {
        type: 'radar',
        silent: true,
        // Earlier first, so the current shape is drawn on top.
        data: [...lines]
          .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'previous' ? -1 : 1))
          .map((line) => ({
            name: line.name,
            value: line.values.map((value) => value ?? '-'),
            symbol: line.kind === 'current' ? 'circle' : 'triangle',
            symbolSize: line.kind === 'current' ? 8 : 9,
            lineStyle: {
              color: COLORS[line.kind],
              width: line.kind === 'current' ? 3 : 2,
              type: line.kind === 'current' ? 'solid' : 'dashed',
            },
            itemStyle: { color: COLORS[line.kind] },
            areaStyle: line.kind === 'current' ? { color: COLORS.current, opacity: 0.18 } : { opacity: 0 },
          })),
      },
    ],
  };
}

/**
 * The five scores as a radar. The figure is one image for assistive technology (its label says
 * where the exact numbers are); the table next to it carries the same values.
 */
export default function RadarChart({ axes, lines, min, max, label }: { axes: string[]; lines: RadarLine[]; min: number; max: number; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => {
      setSize({ width: element.clientWidth, height: element.clientHeight });
      instance.resize();
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (size.width === 0) return;
    chart.current?.setOption(buildOption(axes, lines, min, max, size), true);
  }, [axes, lines, min, max, size]);

  return <div ref={container} className="radar-chart" role="img" aria-label={label} />;
}
