// Asks before a destructive action: any form with data-confirm shows its text and submits only on «OK».
document.addEventListener('submit', function (event) {
  var form = event.target;
  var question = form.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
}, true);

// A long upload: a form with data-busy shows its [data-busy-indicator] spinner and disables its submit button.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (event.defaultPrevented || !form.hasAttribute('data-busy')) {
    return;
  }
  var indicator = form.querySelector('[data-busy-indicator]');
  if (indicator) {
    indicator.classList.remove('d-none');
    indicator.classList.add('d-flex');
  }
  form.querySelectorAll('button[type=submit]').forEach(function (button) {
    button.disabled = true;
  });
});
