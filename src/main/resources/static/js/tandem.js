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

// The zones over time as one band (early-warning page and trajectory page): each span as wide as the days it
// lasted. The span's zone is in its text and in the table beside it; without this script the spans share the
// band equally.
function drawZoneBands(root) {
  if (!root.querySelectorAll) {
    return;
  }
  root.querySelectorAll('ol.zone-band > li[data-days]').forEach(function (span) {
    span.style.flexGrow = span.getAttribute('data-days');
  });
}
document.addEventListener('DOMContentLoaded', function () { drawZoneBands(document); });
document.addEventListener('htmx:load', function (event) { drawZoneBands(event.target); });

// Line charts (burn-down of hours, progress of goals): labels and series come as JSON in
// data-chart; data-series-names, when given, names the series in the user's language.
function drawLineCharts(root) {
  if (!window.Chart || !root.querySelectorAll) {
    return;
  }
  var colours = ['#2f6f5e', '#b45309', '#1d4ed8', '#9d174d', '#4d7c0f', '#6b21a8'];
  root.querySelectorAll('canvas.line-chart').forEach(function (canvas) {
    if (canvas.getAttribute('data-drawn')) {
      return;
    }
    canvas.setAttribute('data-drawn', 'true');
    var chart = JSON.parse(canvas.dataset.chart);
    var names = canvas.dataset.seriesNames ? canvas.dataset.seriesNames.split('|') : [];
    var max = canvas.dataset.max ? Number(canvas.dataset.max) : undefined;
    var stepped = canvas.dataset.stepped ? canvas.dataset.stepped === 'true' : max !== undefined;
    new window.Chart(canvas, {
      type: 'line',
      data: {
        labels: chart.labels,
        datasets: chart.series.map(function (series, i) {
          return { label: names[i] || series.label, data: series.values, borderColor: colours[i % colours.length],
            backgroundColor: colours[i % colours.length], spanGaps: false, stepped: stepped, pointRadius: 2,
            borderDash: i === 1 && names.length ? [6, 4] : [] };
        })
      },
      options: { animation: false, responsive: true, maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, max: max } } }
    });
  });
}
document.addEventListener('DOMContentLoaded', function () { drawLineCharts(document); });
document.addEventListener('htmx:load', function (event) { drawLineCharts(event.target); });

// Radar charts (work values of a check-in, or two check-ins compared): labels and series come as JSON in
// data-chart; a series names its colour (0: importance, 1: enabled, 2: realised) and whether it is dashed
// (the earlier check-in). The scale runs from 0 to 5.
function drawRadarCharts(root) {
  if (!window.Chart || !root.querySelectorAll) {
    return;
  }
  var colours = ['#0b6e69', '#b45309', '#1d4ed8'];
  root.querySelectorAll('canvas.radar-chart').forEach(function (canvas) {
    if (canvas.getAttribute('data-drawn')) {
      return;
    }
    canvas.setAttribute('data-drawn', 'true');
    var chart = JSON.parse(canvas.dataset.chart);
    new window.Chart(canvas, {
      type: 'radar',
      data: {
        labels: chart.labels,
        datasets: chart.series.map(function (series) {
          var colour = colours[(series.colour || 0) % colours.length];
          return { label: series.label, data: series.values, borderColor: colour,
            backgroundColor: series.dashed ? 'rgba(0, 0, 0, 0)' : colour + '1f', borderWidth: 2,
            borderDash: series.dashed ? [6, 4] : [], pointRadius: 2, pointBackgroundColor: colour };
        })
      },
      options: { animation: false, responsive: true, maintainAspectRatio: false,
        scales: { r: { min: 0, max: 5, ticks: { stepSize: 1, backdropColor: 'rgba(0, 0, 0, 0)' } } } }
    });
  });
}
document.addEventListener('DOMContentLoaded', function () { drawRadarCharts(document); });
document.addEventListener('htmx:load', function (event) { drawRadarCharts(event.target); });

// Bar charts (analytics): labels and series come as JSON in data-chart; an optional "norm" in it is drawn as a
// line across (named by data-norm-label). The same figures are in a table beside the chart.
function drawBarCharts(root) {
  if (!window.Chart || !root.querySelectorAll) {
    return;
  }
  var colours = ['#2f6f5e', '#b45309', '#1d4e89', '#6b4c9a'];
  root.querySelectorAll('canvas.bar-chart').forEach(function (canvas) {
    if (canvas.getAttribute('data-drawn')) {
      return;
    }
    canvas.setAttribute('data-drawn', 'true');
    var chart = JSON.parse(canvas.getAttribute('data-chart'));
    var datasets = chart.series.map(function (series, i) {
      return { type: 'bar', label: series.label, data: series.values, backgroundColor: colours[i % colours.length] };
    });
    if (chart.norm) {
      datasets.push({ type: 'line', label: canvas.getAttribute('data-norm-label') || '', pointRadius: 0,
        data: chart.labels.map(function () { return chart.norm; }), borderColor: '#a4262c', backgroundColor: '#a4262c' });
    }
    new window.Chart(canvas, {
      data: { labels: chart.labels, datasets: datasets },
      options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { y: { beginAtZero: true } } }
    });
  });
}
document.addEventListener('DOMContentLoaded', function () { drawBarCharts(document); });
document.addEventListener('htmx:load', function (event) { drawBarCharts(event.target); });

// Scatter charts (analytics: hours against what came of the coaching): axis titles and series of {x, y} points
// come as JSON in data-chart. The same figures are in a table beside the chart.
function drawScatterCharts(root) {
  if (!window.Chart || !root.querySelectorAll) {
    return;
  }
  var colours = ['#2f6f5e', '#b45309', '#1d4e89'];
  root.querySelectorAll('canvas.scatter-chart').forEach(function (canvas) {
    if (canvas.getAttribute('data-drawn')) {
      return;
    }
    canvas.setAttribute('data-drawn', 'true');
    var chart = JSON.parse(canvas.getAttribute('data-chart'));
    new window.Chart(canvas, {
      type: 'scatter',
      data: { datasets: chart.series.map(function (series, i) {
        return { label: series.label, data: series.points, backgroundColor: colours[i % colours.length], pointStyle: i % 2 ? 'triangle' : 'circle' };
      }) },
      options: { animation: false, responsive: true, maintainAspectRatio: false,
        scales: { x: { title: { display: true, text: chart.x }, beginAtZero: true }, y: { title: { display: true, text: chart.y } } } }
    });
  });
}
document.addEventListener('DOMContentLoaded', function () { drawScatterCharts(document); });
document.addEventListener('htmx:load', function (event) { drawScatterCharts(event.target); });
