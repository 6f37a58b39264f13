// Escape hides a statement's tooltip without moving focus (WCAG 1.4.13); it returns on the next focus.
(function () {
  'use strict';
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    var target = document.activeElement;
    if (target && target.classList && target.classList.contains('hl-quote') && target.parentElement) {
      target.parentElement.classList.add('tip-dismissed');
    }
  });
  document.addEventListener('focusin', function (event) {
    var target = event.target;
    if (target && target.parentElement && target.parentElement.classList.contains('tip-dismissed')) {
      target.parentElement.classList.remove('tip-dismissed');
    }
  });
})();
