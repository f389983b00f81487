// The funnel section: key figures and the charts of /dashboard/api/funnel for the shell's filters. Every chart has a
// text summary (the canvas's accessible name) and its data as a table.
const colors = {
  conversation: '#2f6fb0',
  stage: '#1b7a5a',
  abandoned: '#c2571a',
  cancelled: '#8a5a9e',
  declined: '#b83b3b',
  open: '#8a94a6',
  asked: '#9bb8d8',
  reasked: '#c2571a',
  started: '#9bb8d8',
  leads: '#2f6fb0',
  mql: '#1b7a5a',
  lead: '#9bb8d8',
  sql: '#c28f00',
  opportunity: '#8a5a9e',
  disqualified: '#8a94a6',
};

export async function mount(element, ctx) {
  const { t, lang, Chart } = ctx;
  const locale = lang === 'de' ? 'de-DE' : 'en-US';
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.color = '#273142';
  Chart.defaults.animation = reduceMotion ? false : { duration: 250 };
  const charts = [];

  const el = (tag, props = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else node.setAttribute(key, value);
    }
    node.append(...children);
    return node;
  };

  const duration = (seconds) => {
    if (seconds === null || seconds === undefined) return '–';
    if (seconds < 90) return t('Seconds', number.format(Math.round(seconds)));
    if (seconds < 5400) return t('Minutes', number.format(Math.round(seconds / 60)));
    if (seconds < 2 * 86400) return t('Hours', number.format(Math.round(seconds / 360) / 10));
    return t('Days', number.format(Math.round(seconds / 8640) / 10));
  };
  const share = (part, whole) => (whole > 0 ? percent.format(part / whole) : '–');
  const sourceLabel = (row) => [row.channel, row.source || t('NoSource'), row.campaign].filter(Boolean).join(' · ');

  const kpis = el('div', { class: 'kpis', 'data-kpis': '' });
  element.append(kpis);
  const grid = el('div', { class: 'grid' });
  element.append(grid);

  function card(id, titleKey, wide) {
    const heading = el('h2', { id: `${id}-title`, text: t(titleKey) });
    const summary = el('p', { class: 'summary', id: `${id}-summary` });
    const canvas = el('canvas', { role: 'img', 'aria-labelledby': `${id}-title ${id}-summary` });
    const table = el('table', { 'data-table': id });
    const details = el('details', {}, el('summary', { text: t('ShowTable') }), el('div', { class: 'table-wrap' }, table));
    const section = el('section', { class: wide ? 'card wide' : 'card', 'aria-labelledby': `${id}-title`, 'data-card': id },
      heading, summary, el('div', { class: 'chart' }, canvas), details);
    grid.append(section);
    return { section, summary, canvas, table };
  }

  const cards = {
    funnel: card('funnel', 'FunnelTitle', true),
    dropOff: card('dropoff', 'DropOffTitle'),
    reasks: card('reasks', 'ReaskTitle'),
    source: card('source', 'SourceTitle', true),
    language: card('language', 'LanguageTitle'),
    time: card('time', 'TimeTitle'),
    flow: card('flow', 'FlowTitle', true),
  };

  function fillTable(table, head, rows) {
    const thead = el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col', text: h }))));
    const tbody = el('tbody', {}, ...rows.map((row) => el('tr', {},
      ...row.map((cell, i) => (i === 0 ? el('th', { scope: 'row', text: String(cell) }) : el('td', { text: String(cell) }))))));
    table.replaceChildren(thead, tbody);
  }

  function draw(target, config) {
    const chart = new Chart(target.canvas, {
      ...config,
      options: {
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } }, ...(config.options?.plugins || {}) },
        ...config.options,
      },
    });
    charts.push(chart);
  }

  function kpi(label, value, note) {
    return el('div', { class: 'kpi' }, el('span', { class: 'label', text: label }), el('strong', { class: 'value', text: value }),
      el('span', { class: 'note', text: note || '' }));
  }

  function render(data) {
    for (const chart of charts.splice(0)) chart.destroy();
    const tot = data.totals;
    kpis.replaceChildren(
      kpi(t('KpiStarted'), number.format(tot.started)),
      kpi(t('KpiConsented'), number.format(tot.consented), t('KpiOfStarted', share(tot.consented, tot.started))),
      kpi(t('KpiLeads'), number.format(tot.leads), t('KpiOfStarted', share(tot.leads, tot.started))),
      kpi(t('KpiMql'), number.format(tot.mql), t('KpiOfStarted', share(tot.mql, tot.started))),
      kpi(t('KpiSql'), number.format(tot.sql)),
      kpi(t('KpiOpportunity'), number.format(tot.opportunity)),
      kpi(t('KpiMedianTime'), duration(data.timeToQualify.medianSeconds)),
    );

    // The funnel: journeys that reached each point; what was lost before the next point.
    const funnel = data.funnel;
    const started = funnel[0]?.count ?? 0;
    cards.funnel.summary.textContent = started === 0 ? t('Empty') : t('FunnelSummary',
      number.format(tot.started), number.format(tot.consented), number.format(tot.leads), number.format(tot.mql), number.format(tot.sql), number.format(tot.opportunity));
    const stagePoints = new Set(['lead', 'mql', 'sql', 'opportunity']);
    draw(cards.funnel, {
      type: 'bar',
      data: {
        labels: funnel.map((p) => t(`Point.${p.point}`)),
        datasets: [{ label: t('FunnelReached'), data: funnel.map((p) => p.count),
          backgroundColor: funnel.map((p) => (stagePoints.has(p.point) ? colors.stage : colors.conversation)) }],
      },
      options: { indexAxis: 'y', plugins: { legend: { display: false }, tooltip: { callbacks: {
        label: (item) => `${number.format(item.raw)} (${share(item.raw, started)})` } } },
      scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
    fillTable(cards.funnel.table, [t('FunnelStep'), t('FunnelReached'), t('FunnelOfStart'), t('FunnelLost')],
      funnel.map((p, i) => [t(`Point.${p.point}`), number.format(p.count), share(p.count, started),
        i + 1 < funnel.length ? number.format(Math.max(0, p.count - funnel[i + 1].count)) : '–']));

    // Drop-off at each question.
    const drops = data.dropOff;
    const lost = (d) => d.abandoned + d.cancelled + d.declined;
    const worst = drops.reduce((a, b) => (lost(b) > lost(a) ? b : a), drops[0]);
    cards.dropOff.summary.textContent = !worst || lost(worst) === 0 ? t('DropOffNone')
      : t('DropOffSummary', t(`Step.${worst.step}`), number.format(lost(worst)));
    draw(cards.dropOff, {
      type: 'bar',
      data: {
        labels: drops.map((d) => t(`Step.${d.step}`)),
        datasets: [
          { label: t('Abandoned'), data: drops.map((d) => d.abandoned), backgroundColor: colors.abandoned },
          { label: t('Cancelled'), data: drops.map((d) => d.cancelled), backgroundColor: colors.cancelled },
          { label: t('Declined'), data: drops.map((d) => d.declined), backgroundColor: colors.declined },
        ],
      },
      options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
    });
    fillTable(cards.dropOff.table, [t('FunnelStep'), t('Abandoned'), t('Cancelled'), t('Declined'), t('StillOpen')],
      drops.map((d) => [t(`Step.${d.step}`), number.format(d.abandoned), number.format(d.cancelled), number.format(d.declined), number.format(d.open)]));

    // Re-ask rate per question.
    const reasks = data.reasks;
    const top = reasks.reduce((a, b) => (b.rate > a.rate ? b : a), reasks[0]);
    cards.reasks.summary.textContent = !top || top.asked === 0 ? t('Empty') : t('ReaskSummary', t(`Step.${top.step}`), percent.format(top.rate));
    draw(cards.reasks, {
      type: 'bar',
      data: {
        labels: reasks.map((r) => t(`Step.${r.step}`)),
        datasets: [{ label: t('Rate'), data: reasks.map((r) => r.rate * 100), backgroundColor: colors.reasked }],
      },
      options: { plugins: { legend: { display: false }, tooltip: { callbacks: { label: (item) => percent.format(item.raw / 100) } } },
        scales: { y: { beginAtZero: true, suggestedMax: 25, ticks: { callback: (v) => percent.format(v / 100) } } } },
    });
    fillTable(cards.reasks.table, [t('FunnelStep'), t('Asked'), t('Reasked'), t('Rate')],
      reasks.map((r) => [t(`Step.${r.step}`), number.format(r.asked), number.format(r.reasked), percent.format(r.rate)]));

    // Conversion by source and campaign (the ten biggest in the chart, all in the table).
    const sources = data.bySource;
    const best = sources.filter((s) => s.started >= 1).reduce((a, b) => (b.mqlRate > a.mqlRate ? b : a), sources[0]);
    cards.source.summary.textContent = sources.length === 0 ? t('Empty')
      : t('SourceSummary', number.format(sources.length), sourceLabel(best), percent.format(best.mqlRate));
    const shown = sources.slice(0, 10);
    draw(cards.source, {
      type: 'bar',
      data: {
        labels: shown.map(sourceLabel),
        datasets: [
          { label: t('Started'), data: shown.map((s) => s.started), backgroundColor: colors.started },
          { label: t('KpiLeads'), data: shown.map((s) => s.leads), backgroundColor: colors.leads },
          { label: t('KpiMql'), data: shown.map((s) => s.mql), backgroundColor: colors.mql },
        ],
      },
      options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
    fillTable(cards.source.table, [t('Channel') + ' · ' + t('Source') + ' · ' + t('Campaign'), t('Started'), t('KpiLeads'), t('KpiMql'), t('KpiSql'),
      t('KpiOpportunity'), t('MqlRate')],
    sources.map((s) => [sourceLabel(s), number.format(s.started), number.format(s.leads), number.format(s.mql), number.format(s.sql),
      number.format(s.opportunity), percent.format(s.mqlRate)]));

    // Conversion by language.
    const languages = data.byLanguage;
    cards.language.summary.textContent = languages.length === 0 ? t('Empty')
      : t('LanguageSummary', languages.map((l) => `${t(`Language.${l.language}`)} ${percent.format(l.mqlRate)}`).join(', '));
    draw(cards.language, {
      type: 'bar',
      data: {
        labels: languages.map((l) => t(`Language.${l.language}`)),
        datasets: [
          { label: t('Started'), data: languages.map((l) => l.started), backgroundColor: colors.started },
          { label: t('KpiLeads'), data: languages.map((l) => l.leads), backgroundColor: colors.leads },
          { label: t('KpiMql'), data: languages.map((l) => l.mql), backgroundColor: colors.mql },
        ],
      },
      options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
    fillTable(cards.language.table, [t('LanguageColumn'), t('Started'), t('KpiLeads'), t('KpiMql'), t('LeadRate'), t('MqlRate')],
      languages.map((l) => [t(`Language.${l.language}`), number.format(l.started), number.format(l.leads), number.format(l.mql),
        percent.format(l.leadRate), percent.format(l.mqlRate)]));

    // Time to qualify.
    const time = data.timeToQualify;
    cards.time.summary.textContent = time.count === 0 ? t('TimeNone')
      : t('TimeSummary', number.format(time.count), duration(time.medianSeconds), duration(time.p90Seconds));
    draw(cards.time, {
      type: 'bar',
      data: {
        labels: time.buckets.map((_, i) => t(`Bucket.${i}`)),
        datasets: [{ label: t('Conversations'), data: time.buckets.map((b) => b.count), backgroundColor: colors.mql }],
      },
      options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
    fillTable(cards.time.table, [t('TimeBucket'), t('Conversations')], time.buckets.map((b, i) => [t(`Bucket.${i}`), number.format(b.count)]));

    // Stage flow per week.
    const weeks = data.stageFlow;
    const stages = ['lead', 'mql', 'sql', 'opportunity', 'disqualified'];
    const changes = weeks.reduce((sum, w) => sum + stages.reduce((s, k) => s + w[k], 0), 0);
    cards.flow.summary.textContent = t('FlowSummary', number.format(changes), number.format(weeks.length));
    draw(cards.flow, {
      type: 'bar',
      data: {
        labels: weeks.map((w) => w.week),
        datasets: stages.map((stage) => ({ label: t(`Stage.${stage}`), data: weeks.map((w) => w[stage]), backgroundColor: colors[stage] })),
      },
      options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
    });
    fillTable(cards.flow.table, [t('Week'), ...stages.map((s) => t(`Stage.${s}`))],
      weeks.map((w) => [w.week, ...stages.map((s) => number.format(w[s]))]));
  }

  async function load(filters) {
    element.setAttribute('aria-busy', 'true');
    const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v));
    try {
      const response = await ctx.api(`/dashboard/api/funnel?${query}`);
      if (!response.ok) {
        if (response.status !== 401) ctx.announce(t('LoadFailed'));
        return;
      }
      render(await response.json());
      element.dataset.loaded = `${filters.from}|${filters.to}|${filters.channel}|${filters.source}|${filters.campaign}`;
      ctx.announce(t('Updated', filters.from, filters.to));
    } catch (error) {
      ctx.announce(t('LoadFailed'));
      console.warn('Funnel figures failed', error);
    } finally {
      element.removeAttribute('aria-busy');
    }
  }

  ctx.onFilters(load);
  await load(ctx.filters);
}
