/* LeadBot: Web Chat on the bot's own page and on any page that embeds the snippet (see EMBED.md).
 * The page asks the bot for a Direct Line token (POST /api/directline/token; the secret stays on the server), starts
 * Web Chat with it, sends the page context as the "webchat/join" event when connected, and switches the send box's
 * keyboard to the question asked (channelData.leadbot.step: e-mail, phone). */
(function () {
  'use strict';

  var script = document.currentScript;
  var attr = function (name) { return (script && script.getAttribute(name)) || ''; };
  var botUrl = attr('data-leadbot-bot').replace(/\/+$/, '');
  var targetId = attr('data-leadbot-target') || 'leadbot-chat';
  var isOwnPage = attr('data-leadbot-page') === 'true';
  var fixedLocale = attr('data-leadbot-locale');
  var STORAGE_KEY = 'leadbot.language';

  var TEXTS = {
    de: {
      eyebrow: 'Unverbindlich · etwa zwei Minuten',
      headline: 'Passt unser Angebot zu Ihrem Vorhaben?',
      lede: 'Beantworten Sie ein paar kurze Fragen im Chat. Wir melden uns dann gezielt mit dem, was Sie wirklich brauchen.',
      point1: 'Kurze Fragen zu Bedarf, Budget und Zeitplan',
      point2: 'Ihre Daten speichern wir nur mit Ihrer Einwilligung',
      point3: 'Antwort unseres Vertriebs innerhalb von {response}',
      privacy: 'Datenschutzerklärung',
      noscript: 'Für den Chat wird JavaScript benötigt.',
      embedTitle: 'Den Chat auf Ihrer Website einbinden',
      embedText: 'Kopieren Sie diesen Ausschnitt an die Stelle Ihrer Seite, an der der Chat erscheinen soll.',
      copy: 'Kopieren',
      copied: 'Kopiert',
      unavailable: 'Der Chat ist gerade nicht erreichbar. Bitte versuchen Sie es später noch einmal.'
    },
    en: {
      eyebrow: 'No obligation · about two minutes',
      headline: 'Is our offer a fit for your project?',
      lede: 'Answer a few short questions in the chat. We will then get back to you with exactly what you need.',
      point1: 'Short questions about need, budget and timeline',
      point2: 'We only store your details with your consent',
      point3: 'Our sales team replies within {response}',
      privacy: 'Privacy policy',
      noscript: 'The chat needs JavaScript.',
      embedTitle: 'Embed the chat on your website',
      embedText: 'Copy this snippet where the chat should appear on your page.',
      copy: 'Copy',
      copied: 'Copied',
      unavailable: 'The chat is not available right now. Please try again later.'
    }
  };

  // The keyboard that fits the open question.
  var KEYBOARDS = {
    email: { inputMode: 'email', autocomplete: 'email' },
    phone: { inputMode: 'tel', autocomplete: 'tel' },
    name: { inputMode: 'text', autocomplete: 'name' },
    company: { inputMode: 'text', autocomplete: 'organization' }
  };

  var current = null; // { directLine, host }
  var currentStep = null;

  function languageOf(tag) {
    tag = (tag || '').toLowerCase();
    return tag.indexOf('de') === 0 ? 'de' : tag.indexOf('en') === 0 ? 'en' : null;
  }

  function initialLanguage() {
    var stored = null;
    try { stored = window.sessionStorage.getItem(STORAGE_KEY); } catch (e) { /* storage may be blocked */ }
    if (languageOf(stored)) { return languageOf(stored); }
    if (languageOf(fixedLocale)) { return languageOf(fixedLocale); }
    var tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    for (var i = 0; i < tags.length; i++) {
      if (languageOf(tags[i])) { return languageOf(tags[i]); }
    }
    return languageOf(document.documentElement.lang) || 'de';
  }

  function localeOf(language) { return language === 'en' ? 'en-US' : 'de-DE'; }

  function pageContext(locale) {
    var value = {
      pageUrl: window.location.href,
      referrer: document.referrer || null,
      locale: locale,
      title: document.title
    };
    var query = new URLSearchParams(window.location.search);
    ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'].forEach(function (key) {
      if (query.get(key)) { value[key] = query.get(key); }
    });
    return value;
  }

  function sendBoxInputs(host) {
    return host.querySelectorAll('[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input');
  }

  function applyKeyboard(host) {
    var keyboard = KEYBOARDS[currentStep] || { inputMode: 'text', autocomplete: 'off' };
    var inputs = sendBoxInputs(host);
    for (var i = 0; i < inputs.length; i++) {
      // inputmode rather than type: Web Chat moves the caret with setSelectionRange, which type="email" refuses.
      inputs[i].setAttribute('inputmode', keyboard.inputMode);
      inputs[i].setAttribute('autocomplete', keyboard.autocomplete);
      inputs[i].setAttribute('data-leadbot-step', currentStep || '');
    }
  }

  function fetchToken() {
    return fetch(botUrl + '/api/directline/token', { method: 'POST', credentials: 'omit' }).then(function (response) {
      if (!response.ok) { throw new Error('token ' + response.status); }
      return response.json();
    });
  }

  function translatePage(language) {
    if (!isOwnPage) { return; }
    var texts = TEXTS[language];
    var body = document.body;
    var response = body.getAttribute(language === 'de' ? 'data-response-de' : 'data-response-en') || '';
    document.documentElement.lang = language;
    var nodes = document.querySelectorAll('[data-i18n]');
    for (var i = 0; i < nodes.length; i++) {
      var key = nodes[i].getAttribute('data-i18n');
      if (texts[key]) { nodes[i].textContent = texts[key].replace('{response}', response); }
    }
    var buttons = document.querySelectorAll('[data-lang]');
    for (var j = 0; j < buttons.length; j++) {
      buttons[j].setAttribute('aria-pressed', buttons[j].getAttribute('data-lang') === language ? 'true' : 'false');
    }
  }

  function start(language) {
    var container = document.getElementById(targetId);
    if (!container || !window.WebChat) { return; }
    var locale = localeOf(language);
    if (current) {
      // The bot keeps one language per conversation: a new language is a new conversation.
      current.directLine.end();
      current = null;
    }
    currentStep = null;
    container.innerHTML = '';
    var host = document.createElement('div');
    host.style.height = '100%';
    container.appendChild(host);

    fetchToken().then(function (result) {
      var directLine = window.WebChat.createDirectLine({
        token: result.token,
        domain: result.domain,
        conversationStartProperties: { locale: locale }
      });
      var store = window.WebChat.createStore({}, function (api) {
        return function (next) {
          return function (action) {
            var outcome = next(action);
            if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
              api.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: pageContext(locale) } });
            } else if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
              var activity = action.payload.activity;
              if (activity && activity.type === 'message' && activity.from && activity.from.role === 'bot') {
                var marker = activity.channelData && activity.channelData.leadbot;
                currentStep = marker && marker.step ? marker.step : null;
                window.setTimeout(function () { applyKeyboard(host); }, 0);
              }
            }
            return outcome;
          };
        };
      });
      current = { directLine: directLine, host: host };
      window.WebChat.renderWebChat({
        directLine: directLine,
        store: store,
        locale: locale,
        styleOptions: {
          accent: '#0f5c4d',
          backgroundColor: '#ffffff',
          bubbleBackground: '#eef3f1',
          bubbleBorderRadius: 12,
          bubbleFromUserBackground: '#0f5c4d',
          bubbleFromUserTextColor: '#ffffff',
          bubbleFromUserBorderRadius: 12,
          bubbleBorderWidth: 0,
          bubbleFromUserBorderWidth: 0,
          hideUploadButton: true,
          sendBoxHeight: 52,
          suggestedActionLayout: 'flow',
          suggestedActionBorderRadius: 999,
          suggestedActionBorderColor: '#0f5c4d',
          suggestedActionTextColor: '#0f5c4d',
          paddingRegular: 12,
          primaryFont: '"Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif'
        }
      }, host);
    }).catch(function () {
      var message = document.createElement('p');
      message.className = 'leadbot-unavailable';
      message.style.padding = '24px';
      message.textContent = TEXTS[language].unavailable;
      container.innerHTML = '';
      container.appendChild(message);
    });
  }

  function setLanguage(language) {
    if (!TEXTS[language]) { return; }
    try { window.sessionStorage.setItem(STORAGE_KEY, language); } catch (e) { /* storage may be blocked */ }
    translatePage(language);
    start(language);
  }

  function init() {
    var language = initialLanguage();
    translatePage(language);
    var buttons = isOwnPage ? document.querySelectorAll('[data-lang]') : [];
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener('click', function (event) {
        var chosen = event.currentTarget.getAttribute('data-lang');
        if (chosen !== document.documentElement.lang) { setLanguage(chosen); }
      });
    }
    var copy = isOwnPage ? document.getElementById('copy-snippet') : null;
    if (copy) {
      copy.addEventListener('click', function () {
        var code = document.getElementById('embed-snippet').textContent;
        var done = function () { copy.textContent = TEXTS[document.documentElement.lang === 'en' ? 'en' : 'de'].copied; };
        if (navigator.clipboard) { navigator.clipboard.writeText(code).then(done, function () { /* not allowed */ }); }
      });
    }
    start(language);
  }

  window.LeadBotChat = { setLanguage: setLanguage };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
