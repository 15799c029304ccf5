// A classic script, so it runs even where the page's modules cannot load: a
// page opened from a file (file://) may not import modules or fetch wasm, so
// say how to serve it instead of showing "Loading" for ever.
(function () {
  if (location.protocol !== 'file:') return;
  document.addEventListener('DOMContentLoaded', function () {
    var box = document.getElementById('errors');
    var p = document.createElement('p');
    p.className = 'error';
    p.textContent = 'This page must be served over http to load its engine: run "make demo" and open http://127.0.0.1:8080/.';
    box.append(p);
  });
})();
