// The criteria workbench: the qualification policy in force as a form, a proposal tried against the stored leads of a
// period (what-if) before it is applied with a note, the versions with who/when/what/why and their rollback, and the
// explicit re-score of stored leads. Texts come from /dashboard/api/workbench/texts (resources, de and en). Every value
// from the server is written with textContent: lead names are what prospects typed.
const base = '/dashboard/api/workbench';

export async function mount(element, ctx) {
  const { lang, api, announce } = ctx;
  const locale = lang === 'de' ? 'de-DE' : 'en-US';
  const number = new Intl.NumberFormat(locale);
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const texts = await (await api(`${base}/texts?lang=${lang}`)).json();
  const t = (key, ...args) => (texts[key] ?? key).replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));

  const el = (tag, props = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else if (key === 'on') for (const [event, handler] of Object.entries(value)) node.addEventListener(event, handler);
      else node.setAttribute(key, value === true ? '' : value);
    }
    node.append(...children.filter((c) => c !== null && c !== undefined));
    return node;
  };
  let ids = 0;
  const field = (labelText, input, hint) => {
    const id = input.id || `wb-${++ids}`;
    input.id = id;
    return el('div', { class: 'field' }, el('label', { for: id, text: labelText }), input, hint ? el('small', { class: 'hint', text: hint }) : null);
  };
  const numberInput = (value, name, min = 0, step = 1) => el('input', { type: 'number', name, min, step, value: String(value ?? 0), required: true });
  const check = (labelText, checked, name) => {
    const input = el('input', { type: 'checkbox', name });
    input.checked = !!checked;
    const id = `wb-${++ids}`;
    input.id = id;
    return el('div', { class: 'field check' }, input, el('label', { for: id, text: labelText }));
  };
  const problemText = async (response) => {
    try {
      const body = await response.json();
      const details = body.errors ? Object.values(body.errors).flat() : [];
      return [body.title, body.detail, ...details].filter(Boolean).join(' ');
    } catch {
      return `HTTP ${response.status}`;
    }
  };

  let current = null; // { version, policy }
  const period = { from: ctx.filters?.from || '', to: ctx.filters?.to || '' };

  const intro = el('p', { class: 'summary', text: t('Intro') });
  const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite', 'data-status': '' });
  const formCard = el('section', { class: 'card wide', 'aria-labelledby': 'wb-policy-title', 'data-card': 'policy' });
  const resultCard = el('section', { class: 'card wide', 'aria-labelledby': 'wb-result-title', 'data-card': 'what-if', hidden: true });
  const applyCard = el('section', { class: 'card', 'aria-labelledby': 'wb-apply-title', 'data-card': 'apply' });
  const rescoreCard = el('section', { class: 'card', 'aria-labelledby': 'wb-rescore-title', 'data-card': 'rescore' });
  const versionsCard = el('section', { class: 'card wide', 'aria-labelledby': 'wb-versions-title', 'data-card': 'versions' });
  element.append(intro, status, el('div', { class: 'grid workbench' }, formCard, resultCard, applyCard, rescoreCard, versionsCard));

  const say = (text, error = false) => {
    status.textContent = text;
    status.classList.toggle('error', error);
    announce?.(text);
  };

  // ---- the policy form ----
  const choiceTable = (kind, choices) => {
    const flag = kind === 'need' ? 'Fits' : 'DecisionMaker';
    const body = el('tbody');
    const row = (choice) => {
      const tr = el('tr', { 'data-choice': choice.Key || '' });
      const cell = (input, label) => { input.setAttribute('aria-label', label); return el('td', {}, input); };
      const key = el('input', { type: 'text', name: 'Key', value: choice.Key || '', required: true, pattern: '[A-Za-z0-9_\\-]+' });
      const de = el('input', { type: 'text', name: 'Label.de', value: choice.Labels?.de ?? '', required: true });
      const en = el('input', { type: 'text', name: 'Label.en', value: choice.Labels?.en ?? '', required: true });
      const points = numberInput(choice.Points, 'Points');
      const flagBox = el('input', { type: 'checkbox', name: flag });
      flagBox.checked = !!choice[flag];
      const remove = el('button', { type: 'button', class: 'button small', text: t('Remove'), on: { click: () => tr.remove() } });
      tr.append(cell(key, t('Key')), cell(de, t('LabelDe')), cell(en, t('LabelEn')), cell(points, t('Points')), cell(flagBox, t(kind === 'need' ? 'Fits' : 'DecisionMaker')),
        el('td', {}, remove));
      tr.synonyms = choice.Synonyms ?? {};
      body.append(tr);
    };
    choices.forEach(row);
    const table = el('table', { class: 'choices', 'data-choices': kind },
      el('caption', { text: t(kind === 'need' ? 'Needs' : 'Roles') }),
      el('thead', {}, el('tr', {}, ...['Key', 'LabelDe', 'LabelEn', 'Points', kind === 'need' ? 'Fits' : 'DecisionMaker', 'Actions'].map((k) => el('th', { scope: 'col', text: t(k) })))),
      body);
    const add = el('button', { type: 'button', class: 'button small', text: t(kind === 'need' ? 'AddNeed' : 'AddRole'), on: { click: () => row({ Points: 0, Labels: {} }) } });
    const read = () => [...body.rows].map((tr) => {
      const value = (name) => tr.querySelector(`[name="${name}"]`);
      return {
        Key: value('Key').value.trim(),
        Points: Number(value('Points').value),
        [flag]: value(flag).checked,
        Labels: { de: value('Label.de').value.trim(), en: value('Label.en').value.trim() },
        Synonyms: tr.synonyms,
      };
    });
    return { node: el('div', { class: 'table-wrap' }, table, add), read };
  };

  let readForm = () => null;
  function renderForm() {
    const p = current.policy;
    const threshold = numberInput(p.MqlThreshold, 'MqlThreshold');
    const currency = el('input', { type: 'text', name: 'DefaultCurrency', value: p.DefaultCurrency, maxlength: 3, pattern: '[A-Z]{3}', required: true });
    const needRequired = check(t('NeedRequired'), p.Need.Required, 'Need.Required');
    const otherPoints = numberInput(p.Need.OtherPoints, 'Need.OtherPoints');
    const authorityRequired = check(t('AuthorityRequired'), p.Authority.Required, 'Authority.Required');
    const b = p.Budget;
    const budgetRequired = check(t('BudgetRequired'), b.Required, 'Budget.Required');
    const minimum = numberInput(b.Minimum, 'Budget.Minimum', 0, 'any');
    const budgetPoints = numberInput(b.Points, 'Budget.Points');
    const unknownPoints = numberInput(b.UnknownPoints, 'Budget.UnknownPoints');
    const undecidedPoints = numberInput(b.UndecidedPoints, 'Budget.UndecidedPoints');
    const recurringMonths = numberInput(b.RecurringMonths, 'Budget.RecurringMonths', 1);
    const tl = p.Timeline;
    const timelineRequired = check(t('TimelineRequired'), tl.Required, 'Timeline.Required');
    const maxMonths = numberInput(tl.MaxMonths, 'Timeline.MaxMonths', 1);
    const timelinePoints = numberInput(tl.Points, 'Timeline.Points');
    const laterPoints = numberInput(tl.LaterPoints, 'Timeline.LaterPoints');
    const vaguePoints = numberInput(tl.VaguePoints, 'Timeline.VaguePoints');
    const needs = choiceTable('need', p.Needs);
    const roles = choiceTable('role', p.Roles);
    const from = el('input', { type: 'date', name: 'from', value: period.from });
    const to = el('input', { type: 'date', name: 'to', value: period.to });
    const tryButton = el('button', { type: 'submit', class: 'button primary', text: t('Try'), 'data-action': 'try' });
    const reset = el('button', { type: 'button', class: 'button', text: t('Reset'), on: { click: () => { renderForm(); say(t('ResetDone')); } } });

    readForm = () => {
      const policy = structuredClone(current.policy);
      policy.MqlThreshold = Number(threshold.value);
      policy.DefaultCurrency = currency.value.trim().toUpperCase();
      policy.Need.Required = needRequired.querySelector('input').checked;
      policy.Need.OtherPoints = Number(otherPoints.value);
      policy.Authority.Required = authorityRequired.querySelector('input').checked;
      Object.assign(policy.Budget, {
        Required: budgetRequired.querySelector('input').checked,
        Minimum: Number(minimum.value),
        Points: Number(budgetPoints.value),
        UnknownPoints: Number(unknownPoints.value),
        UndecidedPoints: Number(undecidedPoints.value),
        RecurringMonths: Number(recurringMonths.value),
      });
      Object.assign(policy.Timeline, {
        Required: timelineRequired.querySelector('input').checked,
        MaxMonths: Number(maxMonths.value),
        Points: Number(timelinePoints.value),
        LaterPoints: Number(laterPoints.value),
        VaguePoints: Number(vaguePoints.value),
      });
      policy.Needs = needs.read();
      policy.Roles = roles.read();
      period.from = from.value;
      period.to = to.value;
      return policy;
    };

    const form = el('form', { 'data-form': 'policy', novalidate: true, on: { submit: (e) => { e.preventDefault(); tryProposal(); } } },
      el('fieldset', {}, el('legend', { text: t('Qualification') }),
        el('div', { class: 'row' }, field(t('MqlThreshold'), threshold, t('MaxScoreHint', number.format(current.maxScore))), field(t('DefaultCurrency'), currency))),
      el('fieldset', {}, el('legend', { text: t('Need') }), el('div', { class: 'row' }, needRequired, field(t('OtherPoints'), otherPoints)), needs.node),
      el('fieldset', {}, el('legend', { text: t('Authority') }), el('div', { class: 'row' }, authorityRequired), roles.node),
      el('fieldset', {}, el('legend', { text: t('Budget') }),
        el('div', { class: 'row' }, budgetRequired, field(t('Minimum', p.DefaultCurrency), minimum), field(t('Points'), budgetPoints),
          field(t('UnknownPoints'), unknownPoints), field(t('UndecidedPoints'), undecidedPoints), field(t('RecurringMonths'), recurringMonths))),
      el('fieldset', {}, el('legend', { text: t('Timeline') }),
        el('div', { class: 'row' }, timelineRequired, field(t('MaxMonths'), maxMonths), field(t('Points'), timelinePoints),
          field(t('LaterPoints'), laterPoints), field(t('VaguePoints'), vaguePoints))),
      el('fieldset', {}, el('legend', { text: t('Period') }), el('div', { class: 'row' }, field(t('From'), from), field(t('To'), to), tryButton, reset)));
    formCard.replaceChildren(
      el('h2', { id: 'wb-policy-title', text: t('PolicyTitle', current.version) }),
      el('p', { class: 'summary', text: t('PolicyInForce', current.version, current.createdBy, when.format(new Date(current.createdAt))) }),
      form);
  }

  // ---- what-if ----
  let lastTried = null;
  async function tryProposal() {
    const policy = readForm();
    const body = { policy };
    if (period.from) body.from = period.from;
    if (period.to) body.to = period.to;
    say(t('Trying'));
    const response = await api(`${base}/what-if`, { method: 'POST', json: body });
    if (!response.ok) {
      lastTried = null;
      resultCard.hidden = true;
      renderApply();
      say(t('Refused', await problemText(response)), true);
      return;
    }

    const result = await response.json();
    lastTried = { policy, result };
    renderResult(result);
    renderApply();
    say(t('WhatIfSummary', number.format(result.mqlProposed), number.format(result.leads), number.format(result.mqlNow),
      number.format(result.movedUpCount), number.format(result.movedDownCount)));
  }

  function moverList(kind, moves, total) {
    const heading = el('h3', { text: t(kind === 'up' ? 'MovedUp' : 'MovedDown', number.format(total)) });
    if (moves.length === 0) return el('div', { 'data-movers': kind }, heading, el('p', { class: 'summary', text: t('NoMovers') }));
    const rows = moves.map((m) => {
      const reasons = el('ul', { class: 'reasons' },
        ...m.criteria.map((c) => el('li', { text: t('CriterionMove', t('Criterion.' + c.criterion), c.pointsNow, c.pointsProposed, c.reasonProposed) })),
        el('li', { text: m.reasonProposed }));
      return el('tr', { 'data-lead': m.id },
        el('td', { text: m.name }), el('td', { text: m.company }), el('td', { text: t('Stage.' + m.stage) }),
        el('td', { class: 'num', text: `${m.scoreNow} → ${m.scoreProposed}` }), el('td', {}, reasons));
    });
    const more = total > moves.length ? el('p', { class: 'summary', text: t('MoreMovers', number.format(total - moves.length)) }) : null;
    return el('div', { 'data-movers': kind }, heading,
      el('div', { class: 'table-wrap' }, el('table', {},
        el('thead', {}, el('tr', {}, ...['Name', 'Company', 'Stage', 'Score', 'Reasons'].map((k) => el('th', { scope: 'col', text: t(k) })))),
        el('tbody', {}, ...rows))),
      more);
  }

  function renderResult(r) {
    const changes = r.changes.length === 0
      ? el('p', { class: 'summary', text: t('NoChanges') })
      : el('ul', { class: 'changes', 'data-changes': '' }, ...r.changes.map((c) => el('li', { text: t('Change', c.key, c.from ?? '–', c.to ?? '–') })));
    resultCard.replaceChildren(
      el('h2', { id: 'wb-result-title', text: t('WhatIfTitle') }),
      el('p', { class: 'headline', 'data-headline': '' }, t('WhatIfSummary', number.format(r.mqlProposed), number.format(r.leads), number.format(r.mqlNow),
        number.format(r.movedUpCount), number.format(r.movedDownCount))),
      el('div', { class: 'kpis' },
        kpi(t('Leads'), r.leads), kpi(t('MqlNow'), r.mqlNow), kpi(t('MqlProposed'), r.mqlProposed), kpi(t('Up'), r.movedUpCount), kpi(t('Down'), r.movedDownCount)),
      el('h3', { text: t('ChangesTitle') }), changes,
      moverList('up', r.movedUp, r.movedUpCount),
      moverList('down', r.movedDown, r.movedDownCount));
    resultCard.hidden = false;
  }

  const kpi = (label, value) => el('div', { class: 'kpi' }, el('span', { class: 'label', text: label }), el('span', { class: 'value', text: number.format(value) }));

  // ---- apply ----
  function renderApply() {
    const note = el('textarea', { name: 'note', rows: 3, maxlength: 2000, required: true });
    const apply = el('button', { type: 'submit', class: 'button primary', text: t('Apply'), 'data-action': 'apply', disabled: !lastTried });
    const form = el('form', { novalidate: true, on: { submit: async (e) => {
      e.preventDefault();
      if (!lastTried) return;
      if (!note.value.trim()) { say(t('NoteRequired'), true); note.focus(); return; }
      const response = await api(`${base}/versions`, { method: 'POST', json: { basedOn: current.version, policy: lastTried.policy, note: note.value } });
      if (!response.ok) { say(t('Refused', await problemText(response)), true); return; }
      const version = await response.json();
      lastTried = null;
      await load();
      say(t('Applied', version.version));
    } } }, field(t('Note'), note, t('NoteHint')), apply);
    applyCard.replaceChildren(el('h2', { id: 'wb-apply-title', text: t('ApplyTitle') }),
      el('p', { class: 'summary', text: lastTried ? t('ApplyReady') : t('ApplyFirstTry') }), form);
  }

  // ---- re-score ----
  function renderRescore() {
    const run = el('button', { type: 'button', class: 'button', text: t('RescorePreview'), 'data-action': 'rescore-preview' });
    const out = el('div', { 'data-rescore': '' });
    run.addEventListener('click', async () => {
      const body = {};
      if (period.from) body.from = period.from;
      if (period.to) body.to = period.to;
      const response = await api(`${base}/rescore/preview`, { method: 'POST', json: body });
      if (!response.ok) { say(t('Refused', await problemText(response)), true); return; }
      const preview = await response.json();
      const confirmBox = el('input', { type: 'checkbox', id: 'wb-rescore-confirm' });
      const note = el('input', { type: 'text', name: 'rescore-note', maxlength: 200 });
      const go = el('button', { type: 'button', class: 'button primary', text: t('RescoreRun'), 'data-action': 'rescore', disabled: true });
      confirmBox.addEventListener('change', () => { go.disabled = !confirmBox.checked; });
      go.addEventListener('click', async () => {
        const response = await api(`${base}/rescore`, { method: 'POST', json: { ...body, version: preview.version, note: note.value, confirm: true } });
        if (!response.ok) { say(t('Refused', await problemText(response)), true); return; }
        const done = await response.json();
        out.replaceChildren(el('p', { text: t('RescoreDone', number.format(done.rescored), number.format(done.movedUp), number.format(done.movedDown)) }));
        say(t('RescoreDone', number.format(done.rescored), number.format(done.movedUp), number.format(done.movedDown)));
      });
      out.replaceChildren(
        el('p', { text: t('RescorePreviewText', number.format(preview.leads), preview.version, number.format(preview.outdated), number.format(preview.moveUp), number.format(preview.moveDown)) }),
        field(t('Note'), note),
        el('div', { class: 'field check' }, confirmBox, el('label', { for: 'wb-rescore-confirm', text: t('RescoreConfirm', number.format(preview.moveUp + preview.moveDown)) })),
        go);
    });
    rescoreCard.replaceChildren(el('h2', { id: 'wb-rescore-title', text: t('RescoreTitle') }), el('p', { class: 'summary', text: t('RescoreIntro') }), run, out);
  }

  // ---- versions ----
  async function renderVersions() {
    const response = await api(`${base}/versions`);
    if (!response.ok) { say(t('Refused', await problemText(response)), true); return; }
    const data = await response.json();
    const rows = data.versions.map((v) => {
      const what = v.kind === 'Initial' ? t('InitialVersion')
        : v.kind === 'Rollback' ? t('RollbackOf', v.restoresVersion, v.changes.length)
          : v.changes.map((c) => t('Change', c.key, c.from ?? '–', c.to ?? '–')).join('; ');
      const action = v.version === data.current ? el('span', { class: 'badge', text: t('InForce') }) : rollbackButton(v.version);
      return el('tr', { 'data-version': String(v.version) },
        el('td', { class: 'num', text: String(v.version) }), el('td', { text: when.format(new Date(v.createdAt)) }), el('td', { text: v.createdBy }),
        el('td', { text: what }), el('td', { text: v.note }), el('td', {}, action));
    });
    versionsCard.replaceChildren(el('h2', { id: 'wb-versions-title', text: t('VersionsTitle') }),
      el('div', { class: 'table-wrap' }, el('table', {},
        el('thead', {}, el('tr', {}, ...['Version', 'When', 'Who', 'What', 'Why', 'Actions'].map((k) => el('th', { scope: 'col', text: t(k) })))),
        el('tbody', {}, ...rows))));
  }

  function rollbackButton(version) {
    const button = el('button', { type: 'button', class: 'button small', text: t('RollBack', version), 'data-action': 'rollback' });
    button.addEventListener('click', () => {
      const note = el('input', { type: 'text', maxlength: 2000, 'aria-label': t('Note') });
      const go = el('button', { type: 'button', class: 'button primary small', text: t('RollBackConfirm', version) });
      go.addEventListener('click', async () => {
        if (!note.value.trim()) { say(t('NoteRequired'), true); note.focus(); return; }
        const response = await api(`${base}/versions/${version}/restore`, { method: 'POST', json: { basedOn: current.version, note: note.value } });
        if (!response.ok) { say(t('Refused', await problemText(response)), true); return; }
        const restored = await response.json();
        await load();
        say(t('RolledBack', version, restored.version));
      });
      button.replaceWith(el('span', { class: 'inline' }, note, go));
      note.focus();
    });
    return button;
  }

  async function load() {
    const response = await api(`${base}/policy`);
    if (!response.ok) { say(t('Refused', await problemText(response)), true); return; }
    current = await response.json();
    // A what-if compared a proposal with the version that was in force then: after a change it is stale.
    lastTried = null;
    resultCard.hidden = true;
    renderForm();
    renderApply();
    renderRescore();
    await renderVersions();
  }

  ctx.onFilters?.((filters) => {
    period.from = filters.from || '';
    period.to = filters.to || '';
    const from = formCard.querySelector('input[name="from"]');
    const to = formCard.querySelector('input[name="to"]');
    if (from) from.value = period.from;
    if (to) to.value = period.to;
  });

  await load();
}
