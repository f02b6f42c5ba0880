import { BarElement, CategoryScale, Chart, Legend, LinearScale, Title, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import type { Series } from './stats-figures';

Chart.register(CategoryScale, LinearScale, BarElement, Title, Tooltip, Legend);

const COLOURS = ['#1d4e89', '#b3541e', '#2e7d32', '#6a1b9a', '#5d4037', '#00695c'];

/** A chart plus the same figures as a table, so nothing depends on seeing the canvas. */
export function BarFigure({ title, series, label }: { title: string; series: Series; label: (key: string) => string }) {
  const labels = series.labels.map(label);
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div className="chart-canvas">
        <Bar
          aria-label={`${title}: ${labels.map((l, i) => `${l} ${series.values[i]}`).join(', ')}`}
          role="img"
          data={{ labels, datasets: [{ label: title, data: series.values, backgroundColor: COLOURS }] }}
          options={{ responsive: true, maintainAspectRatio: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }}
        />
      </div>
      <table className="figures">
        <tbody>
          {labels.map((l, i) => (
            <tr key={l}>
              <th scope="row">{l}</th>
              <td>{series.values[i]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
