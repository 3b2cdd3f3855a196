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

// A searchable multiple choice: a <select multiple data-picker="NAME"> gets the search box and the class/request
// filters of [data-picker-controls="NAME"] (hidden options stay chosen) and the list of chosen ones in
// [data-picker-chosen="NAME"]; without script the plain list works as before.
(function () {
  function norm(text) {
    return (text || '').toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
  }
  document.querySelectorAll('select[multiple][data-picker]').forEach(function (select) {
    var name = select.getAttribute('data-picker');
    var controls = document.querySelector('[data-picker-controls="' + name + '"]');
    var chosen = document.querySelector('[data-picker-chosen="' + name + '"]');
    if (!controls || !chosen) {
      return;
    }
    controls.classList.remove('d-none');
    chosen.classList.remove('d-none');
    select.size = 10;
    var search = controls.querySelector('[data-picker-search]');
    var byClass = controls.querySelector('[data-picker-class]');
    var byRequest = controls.querySelector('[data-picker-request]');
    var list = chosen.querySelector('[data-picker-list]');
    var none = chosen.querySelector('[data-picker-none]');
    function filter() {
      var q = norm(search.value);
      var c = byClass.value;
      var r = norm(byRequest.value);
      Array.prototype.forEach.call(select.options, function (option) {
        var show = (!q || norm(option.textContent).indexOf(q) >= 0)
            && (!c || option.getAttribute('data-class') === c)
            && (!r || norm(option.getAttribute('data-request')) === r);
        option.hidden = !show;
      });
    }
    function showChosen() {
      while (list.firstChild) {
        list.removeChild(list.firstChild);
      }
      var any = false;
      Array.prototype.forEach.call(select.options, function (option) {
        if (!option.selected) {
          return;
        }
        any = true;
        var item = document.createElement('li');
        item.textContent = option.textContent;
        item.setAttribute('data-value', option.value);
        list.appendChild(item);
      });
      none.classList.toggle('d-none', any);
    }
    // a click chooses or unchooses one mentee, without Ctrl: the others stay chosen
    select.addEventListener('mousedown', function (event) {
      var option = event.target;
      if (option && option.tagName === 'OPTION') {
        event.preventDefault();
        option.selected = !option.selected;
        select.focus();
        showChosen();
      }
    });
    search.addEventListener('input', filter);
    byClass.addEventListener('change', filter);
    byRequest.addEventListener('change', filter);
    select.addEventListener('change', showChosen);
    filter();
    showChosen();
  });
})();
