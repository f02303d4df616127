// Small behaviours that keep every page free of inline script (the Content-Security-Policy forbids it).
document.addEventListener('submit', function (event) {
  var button = event.submitter;
  var message = button && button.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});

// Planned hours per month against the grant (plan and schedule pages). The figures come from
// data attributes; the same figures are in a table next to the chart.
function drawHoursCharts(root) {
  if (!window.Chart || !root.querySelectorAll) {
    return;
  }
  root.querySelectorAll('canvas.hours-chart').forEach(function (canvas) {
    if (canvas.getAttribute('data-drawn')) {
      return;
    }
    canvas.setAttribute('data-drawn', 'true');
    var hours = function (minutes) {
      return (minutes ? minutes.split(',') : []).map(function (m) { return Math.round(Number(m) / 6) / 10; });
    };
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: canvas.dataset.months ? canvas.dataset.months.split(',') : [],
        datasets: [
          { type: 'bar', label: canvas.dataset.planned, data: hours(canvas.dataset.plannedMinutes), backgroundColor: '#2f6f5e' },
          { type: 'line', label: canvas.dataset.granted, data: hours(canvas.dataset.grantedMinutes), borderColor: '#b45309',
            backgroundColor: '#b45309', stepped: 'middle', pointRadius: 0 }
        ]
      },
      options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { y: { beginAtZero: true } } }
    });
  });
}
document.addEventListener('DOMContentLoaded', function () { drawHoursCharts(document); });
document.addEventListener('htmx:load', function (event) { drawHoursCharts(event.target); });
