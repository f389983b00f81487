/* LeadBot's chat widget, served as /leadbot.js with the server's settings filled in (see EMBED.md).
 * One <script> tag gives either a launcher (a floating button that opens the chat) or, with data-mode="inline", the chat
 * inside an element of the page. It paints its header at once, starts the conversation over Direct Line's REST calls and
 * shows the first messages itself, and only then loads Web Chat in the background, which takes over the same
 * conversation. The visitor pass the bot hands out is kept in localStorage after the visitor has written something, so a
 * reload, a second tab or a return visit continues the conversation. */
(function (server) {
  'use strict';

  var script = document.currentScript;
  if (!script || window.LeadBot) { return; }

  // ---------------------------------------------------------------------------------------------------------------
  // Settings: data attributes of the script tag, else the server's defaults ("Website" in appsettings.json).
  var attr = function (name) { var v = script.getAttribute('data-' + name); return v === null ? '' : v.trim(); };
  var defaults = server.defaults || {};
  var botUrl = script.src.replace(/\/leadbot\.js(\?.*)?$/, '');
  var isHexColor = function (v) { return /^#[0-9a-fA-F]{6}$/.test(v); };
  var pick = function (value, valid, fallback, name) {
    if (!value) { return fallback; }
    if (valid(value)) { return value; }
    console.warn('LeadBot: data-' + name + '="' + value + '" is not valid; using "' + fallback + '".');
    return fallback;
  };
  var settings = {
    mode: pick(attr('mode'), function (v) { return v === 'launcher' || v === 'inline'; }, 'launcher', 'mode'),
    target: attr('target') || 'leadbot-chat',
    position: pick(attr('position'), function (v) { return v === 'left' || v === 'right'; }, defaults.position || 'right', 'position'),
    language: pick(attr('language'), function (v) { return v === 'de' || v === 'en' || v === 'auto'; }, defaults.language || 'auto', 'language'),
    botName: attr('bot-name') || defaults.botName || 'LeadBot',
    avatar: attr('avatar') || defaults.avatar || '',
    accent: pick(attr('accent'), isHexColor, defaults.accent || '#0f5c4d', 'accent'),
    greetingDelay: Math.max(0, parseInt(attr('greeting-delay') || String(defaults.greetingDelay || 0), 10) || 0),
    greeting: attr('greeting'),
    subtitle: attr('subtitle'),
    ownPage: attr('page') === 'true'
  };
  var STORAGE_KEY = 'leadbot:' + botUrl;
  var KEYBOARDS = {
    email: { inputMode: 'email', autocomplete: 'email' },
    phone: { inputMode: 'tel', autocomplete: 'tel' },
    name: { inputMode: 'text', autocomplete: 'name' },
    company: { inputMode: 'text', autocomplete: 'organization' }
  };

  function languageOf(tag) {
    tag = (tag || '').toLowerCase();
    return tag.indexOf('de') === 0 ? 'de' : tag.indexOf('en') === 0 ? 'en' : null;
  }

  function browserLanguage() {
    var tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    for (var i = 0; i < tags.length; i++) {
      if (languageOf(tags[i])) { return languageOf(tags[i]); }
    }
    return languageOf(document.documentElement.lang) || defaults.defaultLanguage || 'de';
  }

  function localeOf(language) { return language === 'en' ? 'en-US' : 'de-DE'; }

  function text(key, arg) {
    var value = (server.texts[state.language] || server.texts.de)[key] || '';
    return arg === undefined ? value : value.replace('{0}', arg);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The visitor's session in this site's storage: written only once the visitor has written something.
  var storage = {
    read: function () {
      try {
        var saved = JSON.parse(window.localStorage.getItem(STORAGE_KEY) || 'null');
        if (saved && saved.savedAt + server.continueWithinHours * 3600 * 1000 > Date.now()) { return saved; }
        window.localStorage.removeItem(STORAGE_KEY);
      } catch (e) { /* storage blocked or unreadable: a fresh start */ }
      return null;
    },
    write: function () {
      if (!state.engaged || !state.visitor) { return; }
      try {
        window.localStorage.setItem(STORAGE_KEY, JSON.stringify({
          visitor: state.visitor,
          token: (state.webChatLine && state.webChatLine.token) || state.token,
          conversationId: state.conversationId,
          language: state.language,
          open: state.open,
          savedAt: Date.now()
        }));
      } catch (e) { /* storage blocked: the chat still works for this page view */ }
    }
  };

  var saved = storage.read();
  var state = {
    language: (saved && saved.language) || (settings.language === 'auto' ? browserLanguage() : settings.language),
    open: settings.mode === 'inline',
    started: false,
    engaged: !!saved,
    visitor: saved ? saved.visitor : null,
    token: saved ? saved.token : null,
    conversationId: saved ? saved.conversationId : null,
    domain: null,
    userId: null,
    step: null,
    unread: 0,
    closed: false,
    light: null,
    webChatLine: null,
    webChatStore: null,
    handedOver: false
  };

  // ---------------------------------------------------------------------------------------------------------------
  // The frame: header at once, then the first messages, then Web Chat.
  var ICONS = {
    chat: '<svg class="lbw-icon-chat" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M12 3C6.5 3 2 6.8 2 11.5c0 2.4 1.2 4.6 3.1 6.1L4.3 21l4-2.1c1.2.4 2.4.6 3.7.6 5.5 0 10-3.8 10-8.5S17.5 3 12 3Z"/></svg>',
    close: '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" d="M6 6l12 12M18 6 6 18"/></svg>',
    minimise: '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" d="M6 12h12"/></svg>',
    send: '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M3.4 20.4 21 12 3.4 3.6 3.4 10l12.6 2-12.6 2z"/></svg>'
  };

  function el(tag, className, html) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (html) { node.innerHTML = html; }
    return node;
  }

  function initials(name) {
    var letters = name.split(/\s+/).filter(function (w) { return /^[A-Za-zÀ-ž]/.test(w); }).slice(0, 2).map(function (w) { return w[0].toUpperCase(); });
    return letters.join('') || '?';
  }

  var ui = {};

  function buildFrame() {
    var style = el('style');
    style.textContent = server.css;
    document.head.appendChild(style);

    var id = 'lbw-' + Math.random().toString(36).slice(2, 8);
    var root = el(settings.mode === 'launcher' ? 'aside' : 'section', 'lbw');
    root.setAttribute('data-mode', settings.mode);
    root.setAttribute('data-position', settings.position);
    root.setAttribute('data-open', String(state.open));
    root.setAttribute('aria-labelledby', id + '-title');
    root.style.setProperty('--lbw-accent', settings.accent);

    var panel = el('div', 'lbw-panel');
    panel.id = id + '-panel';
    if (settings.mode === 'launcher') {
      panel.setAttribute('role', 'dialog');
      panel.setAttribute('aria-modal', 'false');
      panel.setAttribute('aria-labelledby', id + '-title');
      panel.hidden = true;
    }

    var header = el('div', 'lbw-header');
    var avatar = el('div', 'lbw-avatar');
    avatar.setAttribute('aria-hidden', 'true');
    if (settings.avatar) {
      var img = el('img');
      img.alt = '';
      img.src = /^https?:/.test(settings.avatar) ? settings.avatar : botUrl + settings.avatar;
      avatar.appendChild(img);
    } else {
      avatar.textContent = initials(settings.botName);
    }
    var heading = el('div', 'lbw-heading');
    var title = el('h2', 'lbw-title');
    title.id = id + '-title';
    title.textContent = settings.botName;
    var subtitle = el('p', 'lbw-subtitle');
    heading.appendChild(title);
    heading.appendChild(subtitle);
    // One button that offers the other language, so the header keeps room for the name.
    var lang = el('button', 'lbw-lang');
    lang.type = 'button';
    lang.addEventListener('click', function () { setLanguage(state.language === 'de' ? 'en' : 'de'); });
    lang.hidden = settings.ownPage;
    var windowButtons = el('div', 'lbw-window-buttons');
    var minimise = el('button', 'lbw-icon-button', ICONS.minimise);
    minimise.type = 'button';
    minimise.addEventListener('click', function () { hide(false); });
    var close = el('button', 'lbw-icon-button', ICONS.close);
    close.type = 'button';
    close.addEventListener('click', function () { hide(true); });
    windowButtons.appendChild(minimise);
    windowButtons.appendChild(close);
    header.appendChild(avatar);
    header.appendChild(heading);
    header.appendChild(lang);
    header.appendChild(windowButtons);

    var body = el('div', 'lbw-body');
    var notice = el('div', 'lbw-notice');
    notice.setAttribute('role', 'alert');
    notice.hidden = true;
    var light = el('div', 'lbw-light');
    var log = el('div', 'lbw-log');
    log.setAttribute('role', 'log');
    log.setAttribute('aria-live', 'polite');
    log.setAttribute('tabindex', '0');
    var actions = el('div', 'lbw-actions');
    var form = el('form', 'lbw-sendbox');
    var input = el('input', 'lbw-input');
    input.type = 'text';
    input.id = id + '-input';
    input.setAttribute('autocomplete', 'off');
    var label = el('label', 'lbw-visually-hidden');
    label.setAttribute('for', input.id);
    var send = el('button', 'lbw-send', ICONS.send);
    send.type = 'submit';
    form.appendChild(label);
    form.appendChild(input);
    form.appendChild(send);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var value = input.value.trim();
      if (value && state.light) {
        input.value = '';
        state.light.say(value);
      }
    });
    light.appendChild(log);
    light.appendChild(actions);
    light.appendChild(form);
    var webchat = el('div', 'lbw-webchat');
    webchat.hidden = true;
    body.appendChild(notice);
    body.appendChild(light);
    body.appendChild(webchat);
    panel.appendChild(header);
    panel.appendChild(body);

    if (settings.mode === 'launcher') {
      var greeting = el('div', 'lbw-greeting');
      greeting.hidden = true;
      var greetingOpen = el('button', 'lbw-greeting-open');
      greetingOpen.type = 'button';
      greetingOpen.addEventListener('click', function () { show(); });
      var greetingDismiss = el('button', 'lbw-icon-button lbw-greeting-dismiss', ICONS.close);
      greetingDismiss.type = 'button';
      greetingDismiss.addEventListener('click', function () { dismissGreeting(); });
      greeting.appendChild(greetingOpen);
      greeting.appendChild(greetingDismiss);
      var launcher = el('button', 'lbw-launcher', ICONS.chat + '<span class="lbw-icon-close">' + ICONS.close + '</span>');
      launcher.type = 'button';
      launcher.setAttribute('aria-expanded', 'false');
      launcher.setAttribute('aria-controls', panel.id);
      launcher.addEventListener('click', function () { if (state.open) { hide(false); } else { show(); } });
      var badge = el('span', 'lbw-badge');
      badge.setAttribute('aria-hidden', 'true');
      badge.hidden = true;
      launcher.appendChild(badge);
      root.appendChild(panel);
      root.appendChild(greeting);
      root.appendChild(launcher);
      document.body.appendChild(root);
      ui.greeting = greeting;
      ui.greetingOpen = greetingOpen;
      ui.greetingDismiss = greetingDismiss;
      ui.launcher = launcher;
      ui.badge = badge;
      document.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && state.open && root.contains(document.activeElement)) { hide(false); launcher.focus(); }
      });
    } else {
      var container = document.getElementById(settings.target);
      if (!container) {
        console.error('LeadBot: no element with id "' + settings.target + '" for data-target.');
        return false;
      }
      root.appendChild(panel);
      container.appendChild(root);
    }

    ui.root = root;
    ui.panel = panel;
    ui.title = title;
    ui.subtitle = subtitle;
    ui.lang = lang;
    ui.minimise = minimise;
    ui.close = close;
    ui.notice = notice;
    ui.light = light;
    ui.log = log;
    ui.actions = actions;
    ui.input = input;
    ui.inputLabel = label;
    ui.send = send;
    ui.webchat = webchat;
    translate();
    return true;
  }

  function translate() {
    ui.subtitle.innerHTML = '';
    ui.subtitle.appendChild(el('span')).textContent = settings.subtitle || text('Subtitle');
    var other = state.language === 'de' ? 'en' : 'de';
    ui.lang.textContent = other.toUpperCase();
    ui.lang.setAttribute('lang', other);
    ui.lang.setAttribute('data-lang', other);
    // The name starts with the visible letters, so speech control ("click EN") finds the button.
    ui.lang.setAttribute('aria-label', other.toUpperCase() + ': ' + server.texts[other].SwitchLanguage);
    ui.lang.title = server.texts[other].SwitchLanguage;
    ui.minimise.setAttribute('aria-label', text('Minimise'));
    ui.minimise.title = text('Minimise');
    ui.close.setAttribute('aria-label', text('Close'));
    ui.close.title = text('Close');
    ui.input.placeholder = text('Placeholder');
    ui.inputLabel.textContent = text('Placeholder');
    ui.send.setAttribute('aria-label', text('Send'));
    ui.log.setAttribute('aria-label', text('Transcript', settings.botName));
    if (ui.greeting) {
      ui.greetingOpen.innerHTML = '';
      var who = el('strong');
      who.textContent = settings.botName;
      ui.greetingOpen.appendChild(who);
      ui.greetingOpen.appendChild(document.createTextNode(settings.greeting || text('Greeting')));
      ui.greetingDismiss.setAttribute('aria-label', text('DismissGreeting'));
    }
    updateBadge();
  }

  function updateBadge() {
    if (!ui.launcher) { return; }
    ui.badge.hidden = state.unread === 0 || state.open;
    ui.badge.textContent = String(state.unread);
    ui.launcher.setAttribute('aria-label', state.open ? text('Minimise') : state.unread > 0 ? text('OpenUnread', state.unread) : text('Open'));
  }

  function showNotice(message, retry) {
    ui.notice.innerHTML = '';
    ui.notice.appendChild(document.createTextNode(message));
    if (retry) {
      var again = el('button', 'lbw-retry');
      again.type = 'button';
      again.textContent = text('Retry');
      again.addEventListener('click', function () { ui.notice.hidden = true; state.started = false; start(); });
      ui.notice.appendChild(el('br'));
      ui.notice.appendChild(again);
    }
    ui.notice.hidden = false;
    ui.light.hidden = true;
    ui.webchat.hidden = true;
  }

  function show() {
    state.open = true;
    state.closed = false;
    state.unread = 0;
    ui.root.setAttribute('data-open', 'true');
    if (ui.launcher) {
      ui.panel.hidden = false;
      ui.launcher.setAttribute('aria-expanded', 'true');
      dismissGreeting();
    }
    updateBadge();
    storage.write();
    start();
    var focusTarget = state.handedOver ? ui.webchat.querySelector('[data-id="webchat-sendbox-input"], input, textarea') : ui.input;
    if (settings.mode === 'launcher' && focusTarget) { window.setTimeout(function () { focusTarget.focus(); }, 0); }
  }

  // Minimise keeps counting new messages on the launcher; close stops it (and the greeting) for this page view.
  function hide(close) {
    if (!ui.launcher) { return; }
    state.open = false;
    state.closed = !!close;
    ui.root.setAttribute('data-open', 'false');
    ui.panel.hidden = true;
    ui.launcher.setAttribute('aria-expanded', 'false');
    updateBadge();
    storage.write();
    ui.launcher.focus();
  }

  function dismissGreeting() {
    if (!ui.greeting) { return; }
    ui.greeting.hidden = true;
    try { window.sessionStorage.setItem('leadbot:greeting', 'dismissed'); } catch (e) { /* fine */ }
  }

  function scheduleGreeting() {
    var dismissed = false;
    try { dismissed = window.sessionStorage.getItem('leadbot:greeting') === 'dismissed'; } catch (e) { /* fine */ }
    if (settings.mode !== 'launcher' || settings.greetingDelay <= 0 || dismissed || state.engaged) { return; }
    window.setTimeout(function () {
      if (!state.open && !state.closed) { ui.greeting.hidden = false; }
    }, settings.greetingDelay * 1000);
  }

  function botMessageArrived() {
    if (!state.open && !state.closed) {
      state.unread++;
      updateBadge();
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // A small renderer for the bot's texts (paragraphs, "- " lists, links), in the first messages and in Web Chat.
  function escapeHtml(s) {
    return s.replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; });
  }

  function linkify(escaped) {
    return escaped.replace(/\bhttps?:\/\/[^\s<]+[^\s<.,;:!?)"'\]]/g, function (url) {
      return '<a href="' + url + '" target="_blank" rel="noopener noreferrer">' + url + '</a>';
    });
  }

  function renderMarkdown(source) {
    var html = [];
    String(source || '').split(/\n{2,}/).forEach(function (block) {
      var lines = block.split('\n');
      var list = lines.length > 0 && lines.every(function (l) { return /^\s*[-*]\s+/.test(l); });
      if (list) {
        html.push('<ul>' + lines.map(function (l) { return '<li>' + linkify(escapeHtml(l.replace(/^\s*[-*]\s+/, ''))) + '</li>'; }).join('') + '</ul>');
      } else {
        html.push('<p>' + lines.map(function (l) { return linkify(escapeHtml(l)); }).join('<br>') + '</p>');
      }
    });
    return html.join('');
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Direct Line over REST for the first messages (the same calls in both modes: local and Azure).
  function LightChat(domain, token, conversationId) {
    this.domain = domain;
    this.token = token;
    this.conversationId = conversationId;
    this.watermark = null;
    this.shown = {};
    this.lastId = null;
    this.busy = 0;
    this.stopped = false;
  }

  LightChat.prototype.call = function (method, path, body) {
    var self = this;
    return fetch(self.domain + path, {
      method: method,
      credentials: 'omit',
      headers: body ? { Authorization: 'Bearer ' + self.token, 'Content-Type': 'application/json' } : { Authorization: 'Bearer ' + self.token },
      body: body ? JSON.stringify(body) : undefined
    }).then(function (response) {
      if (!response.ok) { throw new Error('Direct Line ' + method + ' ' + path + ': ' + response.status); }
      return response.json();
    });
  };

  LightChat.prototype.start = function (locale) {
    var self = this;
    return self.call('POST', '/conversations', { locale: locale }).then(function (result) {
      self.conversationId = result.conversationId;
      if (result.token) { self.token = result.token; }
    });
  };

  LightChat.prototype.post = function (activity) {
    var self = this;
    activity.from = { id: state.userId, role: 'user' };
    activity.locale = localeOf(state.language);
    self.busy++;
    showTyping(true);
    return self.call('POST', '/conversations/' + encodeURIComponent(self.conversationId) + '/activities', activity)
      .then(function () { return self.poll(activity.type === 'message' || activity.name === 'webchat/join'); })
      .then(function () { self.busy--; showTyping(self.busy > 0); }, function (error) { self.busy--; showTyping(false); throw error; });
  };

  LightChat.prototype.say = function (value) {
    state.engaged = true;
    storage.write();
    ui.actions.innerHTML = '';
    return this.post({ type: 'message', text: value }).catch(failed);
  };

  // Reads what is new; when the bot answers asynchronously (Azure), keeps asking briefly until its answer is there.
  LightChat.prototype.poll = function (expectAnswer) {
    var self = this;
    var deadline = Date.now() + 10000;
    function once() {
      return self.read().then(function (gotBotMessage) {
        if (!expectAnswer || gotBotMessage || self.stopped || Date.now() > deadline) { return; }
        return new Promise(function (resolve) { window.setTimeout(resolve, 350); }).then(once);
      });
    }
    return once();
  };

  LightChat.prototype.read = function () {
    var self = this;
    var path = '/conversations/' + encodeURIComponent(self.conversationId) + '/activities' + (self.watermark ? '?watermark=' + encodeURIComponent(self.watermark) : '');
    return self.call('GET', path).then(function (set) {
      if (set.watermark) { self.watermark = set.watermark; }
      var gotBotMessage = false;
      (set.activities || []).forEach(function (activity) {
        if (self.stopped || self.shown[activity.id]) { return; }
        self.shown[activity.id] = true;
        if (activity.type !== 'message' || isHidden(activity)) { return; }
        self.lastId = activity.id;
        var fromBot = activity.from && activity.from.role === 'bot' || (activity.from && activity.from.id !== state.userId);
        appendMessage(activity, fromBot);
        if (fromBot) {
          gotBotMessage = true;
          botMessageArrived();
          noteStep(activity);
        }
      });
      return gotBotMessage;
    });
  };

  function isHidden(activity) {
    return !!(activity.channelData && activity.channelData.leadbot && activity.channelData.leadbot.hidden);
  }

  // A person from sales chatting live signs their messages (channelData.leadbot.person, e.g. "Anna (Vertrieb)"): the
  // visitor must see that a person, not the bot, is writing.
  function personOf(activity) {
    var person = activity && activity.from && activity.from.role === 'bot' && activity.channelData && activity.channelData.leadbot
      && activity.channelData.leadbot.person;
    return typeof person === 'string' && person ? person : null;
  }

  function noteStep(activity) {
    var marker = activity.channelData && activity.channelData.leadbot;
    state.step = marker && marker.step ? marker.step : null;
    applyKeyboard();
  }

  function appendMessage(activity, fromBot) {
    var item = el('div', 'lbw-msg ' + (fromBot ? 'lbw-msg-bot' : 'lbw-msg-user'));
    var bubble = el('div', 'lbw-bubble');
    var person = fromBot ? personOf(activity) : null;
    if (person) {
      item.className += ' lbw-msg-person';
      var who = el('p', 'lbw-person');
      who.textContent = person;
      item.appendChild(who);
    }
    if (fromBot && activity.textFormat === 'plain') {
      bubble.textContent = activity.text || '';
    } else if (fromBot) {
      bubble.innerHTML = renderMarkdown(activity.text);
      (activity.attachments || []).forEach(function (attachment) {
        if (attachment.contentUrl && /^data:application\/json;base64,/.test(attachment.contentUrl)) {
          var p = el('p');
          var a = el('a');
          a.href = attachment.contentUrl;
          a.download = attachment.name || 'data.json';
          a.textContent = text('File', attachment.name || 'data.json');
          p.appendChild(a);
          bubble.appendChild(p);
        }
      });
    } else {
      bubble.textContent = activity.text || '';
    }
    item.appendChild(bubble);
    ui.log.appendChild(item);
    ui.actions.innerHTML = '';
    var suggested = fromBot && activity.suggestedActions && activity.suggestedActions.actions;
    (suggested || []).forEach(function (action) {
      var button = el('button', 'lbw-action');
      button.type = 'button';
      button.textContent = action.title || action.value;
      button.addEventListener('click', function () { state.light.say(String(action.value || action.title)); });
      ui.actions.appendChild(button);
    });
    ui.log.scrollTop = ui.log.scrollHeight;
  }

  function showTyping(on) {
    var existing = ui.log.querySelector('.lbw-typing-row');
    if (on && !existing) {
      var row = el('div', 'lbw-msg lbw-msg-bot lbw-typing-row');
      var dots = el('div', 'lbw-bubble lbw-typing', '<span></span><span></span><span></span>');
      dots.setAttribute('aria-label', text('Typing', settings.botName));
      dots.setAttribute('role', 'status');
      row.appendChild(dots);
      ui.log.appendChild(row);
      ui.log.scrollTop = ui.log.scrollHeight;
    } else if (!on && existing) {
      existing.parentNode.removeChild(existing);
    }
  }

  function applyKeyboard() {
    var keyboard = KEYBOARDS[state.step] || { inputMode: 'text', autocomplete: 'off' };
    var inputs = [ui.input].concat(Array.prototype.slice.call(ui.webchat.querySelectorAll('[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input')));
    inputs.forEach(function (input) {
      // inputmode rather than type: Web Chat moves the caret with setSelectionRange, which type="email" refuses.
      input.setAttribute('inputmode', keyboard.inputMode);
      input.setAttribute('autocomplete', keyboard.autocomplete);
      input.setAttribute('data-leadbot-step', state.step || '');
    });
  }

  function pageContext() {
    var value = {
      pageUrl: window.location.href,
      referrer: document.referrer || null,
      locale: localeOf(state.language),
      title: document.title
    };
    var query = new URLSearchParams(window.location.search);
    ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'].forEach(function (key) {
      if (query.get(key)) { value[key] = query.get(key); }
    });
    return value;
  }

  function failed(error) {
    console.error('LeadBot: the chat failed: ' + (error && error.message));
    if (!state.handedOver) { showNotice(text('Unavailable'), true); }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Starting: a token (with the visitor pass, if any), the conversation, the first messages, then Web Chat.
  function start() {
    if (state.started) { return; }
    state.started = true;
    ui.notice.hidden = true;
    ui.light.hidden = false;
    showTyping(true);
    fetch(botUrl + '/api/directline/token', {
      method: 'POST',
      credentials: 'omit',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(state.visitor ? { visitor: state.visitor, token: state.token } : {})
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (response.status === 403 && body.error && body.error.code === 'OriginNotAllowed') {
          console.error('LeadBot: ' + body.error.message + ' (this page: ' + window.location.origin + ')');
          showNotice(text('NotAllowed'), false);
          return null;
        }
        // The bot's configuration turns the chat off: "try later" would not help, the operator has to act.
        if (response.status === 503 && body.error && body.error.code === 'ChatNotConfigured') {
          console.error('LeadBot: ' + body.error.message);
          showNotice(text('NotAllowed'), false);
          return null;
        }
        if (!response.ok) { throw new Error('token ' + response.status); }
        return body;
      });
    }).then(function (issued) {
      if (!issued) { return; }
      state.visitor = issued.visitor;
      state.token = issued.token;
      state.domain = issued.domain;
      state.userId = issued.userId;
      state.conversationId = issued.conversationId;
      var light = state.light = new LightChat(issued.domain, issued.token, issued.conversationId);
      var opened = issued.resumed
        ? light.read()
        : light.start(localeOf(state.language)).then(function () {
          state.conversationId = light.conversationId;
          return light.post({ type: 'event', name: 'webchat/join', value: pageContext() });
        });
      return opened.then(function () {
        showTyping(light.busy > 0);
        storage.write();
        loadWebChat();
      });
    }).catch(failed);
  }

  function loadWebChat() {
    if (!server.webchat || state.webChatRequested) { return; }
    state.webChatRequested = true;
    var begin = function () {
      if (window.WebChat) { takeOver(); return; }
      var tag = document.createElement('script');
      tag.src = botUrl + server.webchat;
      tag.async = true;
      tag.onload = takeOver;
      tag.onerror = function () { console.warn('LeadBot: Web Chat could not be loaded; the simple chat stays.'); };
      document.head.appendChild(tag);
    };
    // After the first messages are painted, so evaluating Web Chat never delays them.
    window.requestAnimationFrame(function () { window.setTimeout(begin, 0); });
  }

  // Only one WebSocket per conversation: the first tab holds it, another tab of the same visitor polls instead.
  function socketAllowed() {
    if (!navigator.locks || !navigator.locks.request) { return Promise.resolve(true); }
    return new Promise(function (resolve) {
      navigator.locks.request('leadbot-socket:' + state.conversationId, { ifAvailable: true }, function (lock) {
        resolve(!!lock);
        return lock ? new Promise(function () { /* held while this page lives */ }) : null;
      });
    });
  }

  function takeOver() {
    socketAllowed().then(function (webSocket) {
      var line = state.webChatLine = window.WebChat.createDirectLine({
        token: state.light.token,
        domain: state.domain,
        conversationId: state.conversationId,
        watermark: '0',
        webSocket: webSocket,
        pollingInterval: 1000
      });
      var handOverTimer = null;
      state.webChatStore = window.WebChat.createStore({}, function () {
        return function (next) {
          return function (action) {
            if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload && personOf(action.payload.activity)
              && action.payload.activity.type === 'message') {
              action = withSpokenSender(action);
            }
            var outcome = next(action);
            if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
              var activity = action.payload.activity;
              var fromBot = activity && activity.from && activity.from.role === 'bot';
              if (activity && activity.type === 'message' && !isHidden(activity)) {
                if (state.handedOver && fromBot && !(state.light && state.light.shown[activity.id])) { botMessageArrived(); }
                if (fromBot) { noteStep(activity); window.setTimeout(applyKeyboard, 0); }
              }
              if (!state.handedOver && activity && (!state.light.lastId || activity.id === state.light.lastId)) {
                window.clearTimeout(handOverTimer);
                handOverTimer = window.setTimeout(handOver, 50);
              }
            } else if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED' && !state.handedOver) {
              handOverTimer = window.setTimeout(handOver, 4000);
            } else if (action.type === 'DIRECT_LINE/POST_ACTIVITY' && !state.engaged) {
              var outgoing = action.payload && action.payload.activity;
              if (outgoing && outgoing.type === 'message') { state.engaged = true; storage.write(); }
            }
            return outcome;
          };
        };
      });
      renderWebChat();
    });
  }

  // Screen readers read a message's "fallback text" instead of its text: it names the person writing.
  function withSpokenSender(action) {
    var activity = action.payload.activity;
    var channelData = Object.assign({}, activity.channelData);
    channelData['webchat:fallback-text'] = personOf(activity) + ': ' + (activity.text || '');
    return Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: Object.assign({}, activity, { channelData: channelData }) }) });
  }

  // Web Chat shows no sender name, and its bundle does not expose React to build one with. A person's message gets
  // its name above the bubble as an element of the same kind Web Chat's own renderer returns (its $$typeof marks
  // it as a React element of the bundled React), so the label is rendered by Web Chat's React like its own.
  function withPersonLabel(rendered, person) {
    if (!rendered || !rendered.$$typeof) { return rendered; }
    var element = function (type, props) { return { $$typeof: rendered.$$typeof, type: type, key: null, ref: null, props: props, _owner: null }; };
    var label = element('p', { className: 'lbw-person', 'data-leadbot-person': person, children: person });
    return element('div', { className: 'lbw-person-activity', children: [label, rendered] });
  }

  function renderWebChat() {
    window.WebChat.renderWebChat({
      directLine: state.webChatLine,
      store: state.webChatStore,
      userID: state.userId,
      locale: localeOf(state.language),
      renderMarkdown: renderMarkdown,
      // The visitor's typing reaches a person from sales chatting live (the bot itself ignores it).
      sendTypingIndicator: true,
      activityMiddleware: function () {
        return function (next) {
          return function (card) {
            if (isHidden(card.activity)) { return false; }
            var render = next(card);
            var person = personOf(card.activity);
            if (!render || !person) { return render; }
            return function () { return withPersonLabel(render.apply(null, arguments), person); };
          };
        };
      },
      styleOptions: {
        accent: settings.accent,
        backgroundColor: '#f5f8f7',
        bubbleBackground: '#ffffff',
        bubbleBorderColor: '#e1e8e5',
        bubbleBorderRadius: 16,
        bubbleBorderWidth: 1,
        bubbleNubSize: 0,
        bubbleFromUserBackground: settings.accent,
        bubbleFromUserTextColor: '#ffffff',
        bubbleFromUserBorderRadius: 16,
        bubbleFromUserBorderWidth: 0,
        hideUploadButton: true,
        sendBoxHeight: 56,
        sendBoxButtonColor: settings.accent,
        suggestedActionLayout: 'flow',
        suggestedActionBorderRadius: 999,
        suggestedActionBorderColor: settings.accent,
        suggestedActionBorderWidth: 1.5,
        suggestedActionTextColor: settings.accent,
        suggestedActionBackgroundColor: '#ffffff',
        paddingRegular: 12,
        timestampColor: '#5b6b65',
        primaryFont: '"Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif'
      }
    }, ui.webchat);
  }

  // Web Chat has the conversation: it replaces the first messages, keeping what the visitor was typing.
  function handOver() {
    if (state.handedOver) { return; }
    state.handedOver = true;
    var typed = ui.input.value;
    var hadFocus = ui.light.contains(document.activeElement);
    state.light.stopped = true;
    ui.webchat.hidden = false;
    ui.light.hidden = true;
    if (typed) { state.webChatStore.dispatch({ type: 'WEB_CHAT/SET_SEND_BOX', payload: { text: typed } }); }
    applyKeyboard();
    var box = ui.webchat.querySelector('[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input');
    if (hadFocus && box) { box.focus(); }
    ui.root.setAttribute('data-webchat', 'ready');
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Language: the same conversation continues; the bot is told with its own command and asks the open question again.
  function setLanguage(language) {
    if ((language !== 'de' && language !== 'en') || language === state.language) { return; }
    state.language = language;
    translate();
    storage.write();
    document.dispatchEvent(new CustomEvent('leadbot:language', { detail: { language: language } }));
    if (!state.conversationId || !state.light) { return; }
    var command = { type: 'message', text: text('SwitchCommand'), locale: localeOf(language), channelData: { leadbot: { hidden: true } } };
    if (state.handedOver) {
      command.from = { id: state.userId, role: 'user' };
      state.webChatLine.postActivity(command).subscribe({ error: failed });
      renderWebChat();
    } else {
      state.light.post(command).catch(failed);
    }
  }

  function init() {
    if (!buildFrame()) { return; }
    window.LeadBot = { open: show, minimise: function () { hide(false); }, close: function () { hide(true); }, setLanguage: setLanguage, language: function () { return state.language; } };
    document.dispatchEvent(new CustomEvent('leadbot:language', { detail: { language: state.language } }));
    if (settings.mode === 'inline' || (saved && saved.open)) {
      show();
    } else {
      scheduleGreeting();
      // The launcher is closed: fetch Web Chat into the cache when the page is idle, so opening is quick.
      if (server.webchat) {
        var prefetch = function () {
          var link = document.createElement('link');
          link.rel = 'prefetch';
          link.href = botUrl + server.webchat;
          document.head.appendChild(link);
        };
        if (window.requestIdleCallback) { window.requestIdleCallback(prefetch, { timeout: 5000 }); } else { window.setTimeout(prefetch, 3000); }
      }
    }
    window.addEventListener('pagehide', storage.write);
    document.addEventListener('visibilitychange', function () { if (document.visibilityState === 'hidden') { storage.write(); } });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})(/*LEADBOT_SERVER*/{});
