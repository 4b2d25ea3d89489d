// Copy buttons without inline script (the CSP allows scripts from this site only): a button with
// data-copy-target="#id" copies that input's value; inputs with data-select-on-focus select their text.
// Event delegation, so rows that htmx swaps in later work too.
(function () {
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-copy-target]');
    if (!button) {
      return;
    }
    var input = document.querySelector(button.getAttribute('data-copy-target'));
    if (!input) {
      return;
    }
    input.focus();
    input.select();
    var done = function () {
      if (button.hasAttribute('data-copied-text')) {
        button.textContent = button.getAttribute('data-copied-text');
      }
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(input.value).then(done, function () { });
    } else if (document.execCommand && document.execCommand('copy')) {
      done();
    }
  });
  document.addEventListener('focusin', function (event) {
    if (event.target.matches && event.target.matches('input[data-select-on-focus]')) {
      event.target.select();
    }
  });
})();
