// CSRF header for htmx requests, taken from the meta tags of the layout.
document.addEventListener('htmx:configRequest', function (event) {
  var header = document.querySelector('meta[name="_csrf_header"]');
  var token = document.querySelector('meta[name="_csrf"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});

// Forms that change something irreversible ask first (data-confirm="message").
document.addEventListener('submit', function (event) {
  var message = event.target.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});

// Select the text of a one-time secret on click, so it is easy to copy.
document.addEventListener('click', function (event) {
  if (event.target.classList && event.target.classList.contains('select-all')) {
    var range = document.createRange();
    range.selectNodeContents(event.target);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }
});
