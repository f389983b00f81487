// The dashboard shell: filter bar, tabs, and the sections. Each section is an ES module with
// `export async function mount(element, ctx)`, loaded the first time its tab is shown (see ARCHITECTURE.md).
const read = (id) => JSON.parse(document.getElementById(id).textContent);
const texts = read('dashboard-texts');
const sections = read('dashboard-sections');
const user = read('dashboard-user');
const lang = document.documentElement.lang === 'en' ? 'en' : 'de';
const status = document.getElementById('status');
const form = document.getElementById('filters');
const listeners = [];

/** A text of the page in its language, with {0}, {1}… filled in. */
export function t(key, ...args) {
  const text = texts[key] ?? key;
  return text.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

function isoDate(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function daysBack(days) {
  const to = new Date();
  const from = new Date();
  from.setDate(to.getDate() - (days - 1));
  return { from: isoDate(from), to: isoDate(to) };
}

function currentFilters() {
  const data = new FormData(form);
  return {
    from: data.get('from') || '',
    to: data.get('to') || '',
    channel: data.get('channel') || '',
    source: data.get('source') || '',
    campaign: data.get('campaign') || '',
  };
}

/** fetch on this bot with the sign-in cookie and the header the dashboard's API demands for changes. */
async function api(path, init = {}) {
  const headers = new Headers(init.headers || {});
  headers.set('X-LeadBot-Dashboard', '1');
  headers.set('Accept', 'application/json');
  let body = init.body;
  if (init.json !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(init.json);
  }
  const response = await fetch(path, { ...init, body, headers, credentials: 'same-origin' });
  if (response.status === 401) {
    sessionExpired();
  }
  return response;
}

function sessionExpired() {
  status.textContent = '';
  if (document.getElementById('expired')) return;
  const box = document.createElement('p');
  box.id = 'expired';
  box.className = 'error';
  box.setAttribute('role', 'alert');
  box.append(t('SessionExpired') + ' ');
  const link = document.createElement('a');
  link.href = `/dashboard/signin?lang=${lang}`;
  link.textContent = t('SignInAgain');
  box.append(link);
  form.before(box);
}

function announce(text) {
  status.textContent = '';
  // A fresh text node each time, so screen readers read a repeated message again.
  window.setTimeout(() => { status.textContent = text; }, 50);
}

function fillSelect(select, values, chosen) {
  const keep = select.options[0];
  select.replaceChildren(keep);
  for (const value of values) {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = value;
    select.append(option);
  }
  if (chosen && !values.includes(chosen)) {
    const option = document.createElement('option');
    option.value = chosen;
    option.textContent = chosen;
    select.append(option);
  }
  select.value = chosen || '';
}

async function loadSources() {
  const f = currentFilters();
  const response = await api(`/dashboard/api/funnel/sources?from=${encodeURIComponent(f.from)}&to=${encodeURIComponent(f.to)}`);
  if (!response.ok) return;
  const data = await response.json();
  fillSelect(form.elements.channel, data.channels, f.channel);
  fillSelect(form.elements.source, data.sources, f.source);
  fillSelect(form.elements.campaign, data.campaigns, f.campaign);
}

function remember(filters) {
  const url = new URL(window.location.href);
  for (const [key, value] of Object.entries(filters)) {
    if (value) url.searchParams.set(key, value); else url.searchParams.delete(key);
  }
  url.searchParams.set('lang', lang);
  window.history.replaceState(null, '', url);
}

let pending = 0;
async function filtersChanged(reloadSources) {
  const filters = currentFilters();
  if (!filters.from || !filters.to || filters.from > filters.to) return;
  const mine = ++pending;
  remember(filters);
  if (reloadSources) await loadSources();
  if (mine !== pending) return;
  const current = currentFilters();
  ctx.filters = current;
  for (const listener of listeners) listener(current);
}

const ctx = {
  lang,
  user,
  t,
  api,
  announce,
  Chart: window.Chart,
  filters: null,
  onFilters(callback) { listeners.push(callback); },
};

function initFilters() {
  const query = new URL(window.location.href).searchParams;
  const fallback = daysBack(30);
  form.elements.from.value = query.get('from') || fallback.from;
  form.elements.to.value = query.get('to') || fallback.to;
  for (const name of ['channel', 'source', 'campaign']) {
    fillSelect(form.elements[name], [], query.get(name) || '');
  }
  form.addEventListener('change', (event) => filtersChanged(event.target.type === 'date'));
  form.addEventListener('submit', (event) => { event.preventDefault(); filtersChanged(false); });
  for (const button of form.querySelectorAll('button[data-days]')) {
    button.addEventListener('click', () => {
      const period = daysBack(Number(button.dataset.days));
      form.elements.from.value = period.from;
      form.elements.to.value = period.to;
      filtersChanged(true);
    });
  }
  ctx.filters = currentFilters();
}

const mounted = new Map();
async function show(id) {
  for (const tab of document.querySelectorAll('[role="tab"]')) {
    const selected = tab.dataset.tab === id;
    tab.setAttribute('aria-selected', selected ? 'true' : 'false');
    tab.tabIndex = selected ? 0 : -1;
  }
  for (const panel of document.querySelectorAll('[data-section]')) {
    panel.hidden = panel.dataset.section !== id;
  }
  if (mounted.has(id)) return;
  const section = sections.find((s) => s.id === id);
  const element = document.querySelector(`[data-section="${CSS.escape(id)}"]`);
  const mounting = import(section.script).then((module) => {
    element.replaceChildren();
    return module.mount(element, ctx);
  }).catch((error) => {
    element.replaceChildren();
    const message = document.createElement('p');
    message.className = 'error';
    message.setAttribute('role', 'alert');
    message.textContent = t('LoadFailed');
    element.append(message);
    console.warn('Section failed to load', id, error);
  });
  mounted.set(id, mounting);
  await mounting;
}

function initTabs() {
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  tabs.forEach((tab, index) => {
    // The page sends the tabs disabled: a click before this script ran would otherwise do nothing, silently.
    tab.disabled = false;
    tab.addEventListener('click', () => show(tab.dataset.tab));
    tab.addEventListener('keydown', (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      let next = null;
      if (step) next = tabs[(index + step + tabs.length) % tabs.length];
      if (event.key === 'Home') next = tabs[0];
      if (event.key === 'End') next = tabs[tabs.length - 1];
      if (next) {
        event.preventDefault();
        next.focus();
        show(next.dataset.tab);
      }
    });
  });
  const first = tabs.find((tab) => tab.getAttribute('aria-selected') === 'true') || tabs[0];
  if (first) show(first.dataset.tab);
}

initFilters();
initTabs();
loadSources();
