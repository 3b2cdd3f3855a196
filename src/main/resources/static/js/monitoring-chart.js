// Draws the coverage trend against the target line from the canvas's data attributes (no inline script: CSP).
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('coverage-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  function numbers(attr) {
    return (canvas.getAttribute(attr) || '').split(',').map(function (v) {
      return v === '' ? null : Number(v);
    });
  }
  var years = (canvas.getAttribute('data-years') || '').split(',');
  var percent = new Intl.NumberFormat('ru-RU', {minimumFractionDigits: 1, maximumFractionDigits: 1});
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: years,
      datasets: [
        {type: 'bar', label: canvas.getAttribute('data-label-coverage'), data: numbers('data-coverage'),
          backgroundColor: 'rgba(13, 110, 253, 0.6)', order: 2},
        {type: 'line', label: canvas.getAttribute('data-label-target'), data: numbers('data-target'),
          borderColor: '#dc3545', backgroundColor: '#dc3545', borderDash: [6, 4], spanGaps: true, order: 1}
      ]
    },
    options: {
      responsive: true,
      aspectRatio: 3,
      animation: false,
      scales: {y: {min: 0, max: 100, ticks: {callback: function (v) { return v + ' %'; }}}},
      plugins: {
        tooltip: {callbacks: {label: function (c) {
          return c.dataset.label + ': ' + (c.raw === null ? '—' : percent.format(c.raw) + ' %');
        }}}
      }
    }
  });
});
