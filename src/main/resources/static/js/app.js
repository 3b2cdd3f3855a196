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

// A file input styled as a button: [data-file-name] next to it shows the chosen file's name.
document.addEventListener('change', function (event) {
  var input = event.target;
  if (!input.hasAttribute || !input.hasAttribute('data-file-input')) {
    return;
  }
  var label = input.parentElement.querySelector('[data-file-name]');
  if (label && input.files && input.files.length > 0) {
    label.textContent = input.files[0].name;
    label.classList.remove('text-secondary');
  }
});

// A page that says what was just done through its address (e.g. /pairs/7?created=draft) drops that part from the
// address bar, so a reload or a bookmark does not say it again.
(function () {
  var url = new URL(window.location.href);
  if (url.searchParams.has('created') && window.history.replaceState) {
    url.searchParams.delete('created');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
})();
