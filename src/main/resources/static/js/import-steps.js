// The import's steps (people/import-mapping.html, people/import-progress.html); no inline script (CSP).

// The column matching: changing a select posts the step form, and the page comes back with the new preview.
document.querySelectorAll('form[data-autosubmit]').forEach(function (form) {
  form.addEventListener('change', function (event) {
    if (event.target.tagName === 'SELECT') {
      form.submit();
    }
  });
});

// The write's progress bar: the status is asked for every second; at the end the report page is opened.
document.querySelectorAll('[data-import-status]').forEach(function (box) {
  var url = box.getAttribute('data-import-status');
  var bar = box.querySelector('[data-import-bar]');
  var text = box.querySelector('[data-import-text]');
  function poll() {
    fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (status) {
        if (!status) {
          window.setTimeout(poll, 1000);
          return;
        }
        if (status.total > 0) {
          bar.max = status.total;
          bar.value = status.done;
          text.textContent = status.done.toLocaleString('ru-RU') + ' / ' + status.total.toLocaleString('ru-RU');
        }
        if (status.next) {
          window.location.assign(status.next);
        } else {
          window.setTimeout(poll, 1000);
        }
      })
      .catch(function () { window.setTimeout(poll, 1000); });
  }
  window.setTimeout(poll, 1000);
});
