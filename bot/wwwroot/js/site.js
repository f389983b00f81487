/* The bot's own page: its DE/EN switch changes the page's texts and the chat's language together (the chat keeps its
 * progress), and the /embed page's copy buttons. The chat itself is the widget (/leadbot.js, data-mode="inline"). */
(function () {
  'use strict';

  var texts = JSON.parse(document.getElementById('page-texts').textContent);

  function translate(language) {
    var page = texts[language];
    if (!page) { return; }
    document.documentElement.lang = language;
    Array.prototype.forEach.call(document.querySelectorAll('[data-i18n]'), function (node) {
      var value = page[node.getAttribute('data-i18n')];
      if (value) { node.textContent = value; }
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-i18n-label]'), function (node) {
      node.setAttribute('aria-label', page[node.getAttribute('data-i18n-label')]);
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-lang]'), function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-lang') === language));
    });
  }

  document.addEventListener('leadbot:language', function (event) { translate(event.detail.language); });

  Array.prototype.forEach.call(document.querySelectorAll('.top [data-lang]'), function (button) {
    button.addEventListener('click', function () {
      var language = button.getAttribute('data-lang');
      if (window.LeadBot) { window.LeadBot.setLanguage(language); } else { translate(language); }
    });
  });

  Array.prototype.forEach.call(document.querySelectorAll('[data-copy]'), function (button) {
    button.addEventListener('click', function () {
      var code = document.getElementById(button.getAttribute('data-copy')).textContent;
      var done = function () { button.textContent = texts[document.documentElement.lang === 'en' ? 'en' : 'de'].Copied; };
      if (navigator.clipboard) { navigator.clipboard.writeText(code).then(done, function () { /* not allowed here */ }); }
    });
  });
})();
