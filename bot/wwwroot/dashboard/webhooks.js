// The webhook section: the delivery log of lead events for CRMs (dead letters, waiting, delivered) with a "retry" for
// each dead letter. No payloads are shown: the list holds ids, types, attempts and the receiver's last answer only.
const base = '/dashboard/api/webhooks';

export async function mount(element, ctx) {
  const { lang, api, announce } = ctx;
  const locale = lang === 'de' ? 'de-DE' : 'en-US';
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const texts = await (await api(`/dashboard/api/workbench/texts?lang=${lang}`)).json();
  const t = (key, ...args) => (texts[key] ?? key).replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
  const el = (tag, props = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else node.setAttribute(key, value === true ? '' : value);
    }
    node.append(...children.filter((c) => c !== null && c !== undefined));
    return node;
  };

  const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const lists = el('div', { class: 'grid' });
  element.append(el('p', { class: 'summary', text: t('Webhooks.Intro') }), status, lists);

  function frame(state, title, body) {
    const id = `wh-${state}`;
    return el('section', { class: 'card wide', 'aria-labelledby': id, 'data-card': `webhooks-${state}` }, el('h2', { id, text: title }), body);
  }

  async function card(state, titleKey) {
    const response = await api(`${base}/deliveries?state=${state}`);
    if (!response.ok) {
      // An empty list here would tell marketing nothing is dead or waiting; say the list is unknown instead.
      await response.text();
      return frame(state, t(titleKey),
        el('p', { class: 'error', role: 'alert', 'data-failed': String(response.status), text: t('Webhooks.LoadFailed') }));
    }
    const items = await response.json();
    const rows = items.map((d) => {
      const answer = d.lastStatus ? `HTTP ${d.lastStatus}` : (d.lastError || t('Webhooks.NoAnswer'));
      const action = state === 'dead' ? el('button', { type: 'button', class: 'button small', text: t('Webhooks.Retry'), 'data-action': 'retry' }) : null;
      action?.addEventListener('click', async () => {
        const retried = await api(`${base}/deliveries/${d.id}/retry`, { method: 'POST' });
        // Read the (empty or problem) body: an unread response is cancelled when collected, which the browser logs as a failure.
        await retried.text();
        status.textContent = retried.ok ? t('Webhooks.Retried') : `HTTP ${retried.status}`;
        announce?.(status.textContent);
        await render();
      });
      return el('tr', { 'data-delivery': String(d.id) },
        el('td', { text: d.eventType }), el('td', { text: d.webhook }), el('td', { class: 'mono', text: d.leadId }),
        el('td', { text: when.format(new Date(d.createdAt)) }), el('td', { class: 'num', text: String(d.attempts) }), el('td', { text: answer }),
        el('td', {}, action));
    });
    return frame(state, `${t(titleKey)} (${items.length})`,
      items.length === 0 ? el('p', { class: 'summary', text: t('Webhooks.None') }) : el('div', { class: 'table-wrap' }, el('table', {},
        el('thead', {}, el('tr', {}, ...['Webhooks.Event', 'Webhooks.Receiver', 'Webhooks.Lead', 'Webhooks.Created', 'Webhooks.Attempts', 'Webhooks.Last', 'Actions']
          .map((k) => el('th', { scope: 'col', text: t(k) })))),
        el('tbody', {}, ...rows))));
  }

  async function render() {
    lists.replaceChildren(await card('dead', 'Webhooks.Dead'), await card('pending', 'Webhooks.Pending'), await card('delivered', 'Webhooks.Delivered'));
  }

  await render();
}
