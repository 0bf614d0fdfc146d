// The Message Guard playground: posts the draft to this service's /check and shows what it found.
// User text only ever reaches the page as text nodes (textContent), never as markup.
(function () {
  'use strict';

  // Used when GET /rules cannot be read (e.g. it needs an API key not entered yet); API.md's list.
  const FALLBACK_REASONS = ['BUYER_INQUIRY_REPLY', 'ORDER_ISSUE', 'ADDITIONAL_INFORMATION', 'CUSTOMIZATION',
    'DELIVERY_SCHEDULING', 'SERVICE_APPOINTMENT', 'LEGAL_DISCLOSURE', 'DIGITAL_ACCESS_KEY', 'RETURN', 'INVOICE',
    'WARRANTY', 'PRODUCT_INSTRUCTIONS', 'FEEDBACK_REQUEST', 'OTHER'].map(id => ({ id }));
  const FALLBACK_LANGUAGES = ['en', 'de', 'fr', 'es', 'it'];
  const MAX_ATTACHMENTS = 10;
  const TEXT_FIELDS = ['subject', 'body'];
  const EXAMPLE = {
    subject: 'Your engraving for order 113-4567890-1234567',
    body: 'Hi Anna, your engraved cutting board ships tomorrow 😀. The invoice went to john at gmail dot com, '
      + 'and our 𝐛𝐨𝐥𝐝 new range is on www.example-shop.com if you want to leave us a 5-star review.',
    contactReason: 'CUSTOMIZATION',
    orderAgeDays: 3
  };

  const $ = id => document.getElementById(id);
  const form = $('draft');
  let catalogLoaded = false;
  let lastResult = null; // the last 200 answer of /check
  let checkedText = null; // { subject, body } as that answer saw them

  // --- the request ---------------------------------------------------------------------------

  function wholeNumber(input) {
    const value = input.value.trim();
    return value === '' ? undefined : Number(value);
  }

  /** The draft as API.md's request; empty optional fields are left out, the server validates. */
  function readDraft() {
    const draft = { body: $('body').value, contactReason: $('contact-reason').value };
    if ($('subject').value !== '') draft.subject = $('subject').value;
    draft.orderAgeDays = wholeNumber($('order-age'));
    draft.daysSinceDelivery = wholeNumber($('days-since-delivery'));
    if ($('language').value) draft.language = $('language').value;
    const attachments = readAttachments();
    if (attachments.length) draft.attachments = attachments;
    const context = {};
    for (const name of ['reviewAlreadyRequested', 'buyerOptedOut']) {
      if ($('ctx-' + name).checked) context[name] = true;
    }
    for (const name of ['averageDailyOrders', 'messagesSentToday']) {
      const value = wholeNumber($('ctx-' + name));
      if (value !== undefined) context[name] = value;
    }
    if (Object.keys(context).length) draft.context = context;
    if ($('check-grammar').checked) draft.checkGrammar = true;
    return draft;
  }

  function readAttachments() {
    const rows = [...$('attachments').querySelectorAll('.attachment')];
    return rows.map(row => {
      const value = prop => row.querySelector('[data-prop="' + prop + '"]').value.trim();
      const attachment = { fileName: value('fileName') };
      if (value('contentType')) attachment.contentType = value('contentType');
      attachment.sizeBytes = value('sizeBytes') === '' ? undefined : Number(value('sizeBytes'));
      return attachment;
    }).filter(a => a.fileName !== '' || a.contentType !== undefined || a.sizeBytes !== undefined);
  }

  function headers() {
    const h = { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' };
    const key = $('api-key').value.trim();
    if (key) h['X-API-Key'] = key;
    return h;
  }

  /** POSTs to this service's /check; resolves to { status, body } with the body parsed when JSON. */
  async function post(draft) {
    const response = await fetch('check', { method: 'POST', headers: headers(), body: JSON.stringify(draft) });
    const text = await response.text();
    let body = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch (e) {
      body = null;
    }
    return { status: response.status, body };
  }

  // --- checking --------------------------------------------------------------------------------

  let busy = false;

  async function check() {
    if (busy) return;
    await run(async () => {
      const draft = readDraft();
      setStatus('Checking…');
      const answer = await post(draft);
      show(answer, draft);
    });
  }

  /** Applies the safe fixes: the server's fixedBody when it gives one, else each violation's fix. */
  async function applyFixes() {
    if (busy) return;
    await run(async () => {
      const draft = readDraft();
      draft.suggestFix = true;
      setStatus('Fixing…');
      const answer = await post(draft);
      if (answer.status !== 200 || !answer.body) {
        show(answer, draft);
        return;
      }
      let applied;
      if (typeof answer.body.fixedBody === 'string') {
        $('body').value = answer.body.fixedBody;
        if (typeof answer.body.fixedSubject === 'string') $('subject').value = answer.body.fixedSubject;
        applied = (answer.body.violations || []).filter(v => v.fix).length;
      } else {
        applied = 0;
        for (const field of TEXT_FIELDS) {
          const fixes = (answer.body.violations || []).filter(v => v.field === field && v.fix).map(v => v.fix);
          const result = applyFixesTo($(field).value, fixes);
          $(field).value = result.text;
          applied += result.applied;
        }
      }
      const fixed = readDraft();
      const again = await post(fixed);
      show(again, fixed);
      if (again.status === 200) setStatus(plural(applied, 'fix', 'fixes') + ' applied, then checked again: ' + summary(again.body));
    });
  }

  /**
   * Applies { start, end, replacement } edits (UTF-16 offsets) to text, from the end backwards so
   * earlier offsets stay valid; an edit overlapping one already applied is skipped.
   */
  function applyFixesTo(text, fixes) {
    const valid = fixes.filter(f => Number.isInteger(f.start) && Number.isInteger(f.end)
      && f.start >= 0 && f.start <= f.end && f.end <= text.length);
    valid.sort((a, b) => b.start - a.start || b.end - a.end);
    let limit = text.length;
    let applied = 0;
    for (const fix of valid) {
      if (fix.end > limit) continue;
      text = text.slice(0, fix.start) + (fix.replacement || '') + text.slice(fix.end);
      limit = fix.start;
      applied++;
    }
    return { text, applied };
  }

  async function run(task) {
    busy = true;
    form.setAttribute('aria-busy', 'true');
    $('check').disabled = true;
    $('apply-fixes').disabled = true;
    try {
      await task();
    } catch (e) {
      showProblem({ title: 'The service could not be reached', detail: String(e.message || e) }, null);
      setStatus('The check failed.');
    } finally {
      busy = false;
      form.removeAttribute('aria-busy');
      $('check').disabled = false;
      $('apply-fixes').disabled = !hasFixes(lastResult);
    }
  }

  function hasFixes(result) {
    return !!result && (result.violations || []).some(v => v.fix);
  }

  // --- showing the answer ----------------------------------------------------------------------

  function show(answer, draft) {
    clearInvalid();
    if (answer.status === 200 && answer.body && answer.body.verdict) {
      $('problem').hidden = true;
      lastResult = answer.body;
      checkedText = { subject: draft.subject || '', body: draft.body };
      renderResult(answer.body);
      setStatus('Checked: ' + summary(answer.body));
      return;
    }
    lastResult = null;
    checkedText = null;
    $('verdict').hidden = true;
    $('checked').hidden = true;
    $('stale').hidden = true;
    showProblem(answer.body || {}, answer.status);
    setStatus('The service answered ' + answer.status + '.');
    if (answer.status === 401) {
      $('api-key').classList.add('wanted');
      $('api-key').focus();
    }
  }

  function summary(result) {
    const n = result.violations.length;
    return result.verdict + (n ? ', ' + plural(n, 'finding', 'findings') : ', no findings');
  }

  function plural(n, one, many) {
    return n + ' ' + (n === 1 ? one : many);
  }

  function setStatus(text) {
    $('status').textContent = text;
  }

  /** problem+json: title, detail and each invalid field; the named inputs are marked invalid. */
  function showProblem(problem, status) {
    const box = $('problem');
    box.replaceChildren();
    const title = document.createElement('strong');
    title.textContent = (status ? status + ' ' : '') + (problem.title || 'Error');
    const detail = document.createElement('p');
    detail.className = 'detail';
    detail.textContent = problem.detail || 'The service gave no details.';
    box.append(title, detail);
    if (Array.isArray(problem.errors) && problem.errors.length) {
      const list = document.createElement('ul');
      for (const error of problem.errors) {
        const item = document.createElement('li');
        const field = document.createElement('code');
        field.textContent = error.field;
        item.append(field, document.createTextNode(' ' + error.message));
        list.append(item);
        markInvalid(error.field);
      }
      box.append(list);
    }
    box.hidden = false;
  }

  /** The input an error's field names: "body", "attachments[1].sizeBytes", "context.messagesSentToday". */
  function inputFor(field) {
    const ids = { subject: 'subject', body: 'body', contactReason: 'contact-reason', orderAgeDays: 'order-age',
      daysSinceDelivery: 'days-since-delivery', language: 'language' };
    if (ids[field]) return $(ids[field]);
    if (field.startsWith('context.')) return $('ctx-' + field.slice('context.'.length));
    const attachment = /^attachments\[(\d+)]\.?(\w*)/.exec(field);
    if (attachment) {
      const row = $('attachments').querySelectorAll('.attachment')[Number(attachment[1])];
      if (row) return row.querySelector('[data-prop="' + (attachment[2] || 'fileName') + '"]');
    }
    return null;
  }

  function markInvalid(field) {
    const input = inputFor(field);
    if (!input) return;
    input.setAttribute('aria-invalid', 'true');
    const section = input.closest('details');
    if (section) section.open = true;
  }

  function clearInvalid() {
    for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
    $('api-key').classList.remove('wanted');
  }

  function renderResult(result) {
    const verdict = $('verdict');
    verdict.className = 'verdict verdict-' + result.verdict;
    verdict.textContent = result.verdict + (result.compliant ? ' · can be sent' : ' · would be blocked');
    verdict.hidden = false;
    // On a phone the result is below the form: bring it up, without moving the keyboard focus.
    if (verdict.getBoundingClientRect().top > window.innerHeight) verdict.scrollIntoView({ block: 'start' });

    const numbered = result.violations.map((v, index) => ({ v, index }));
    for (const field of TEXT_FIELDS) {
      const preview = $('preview-' + field);
      const text = checkedText[field];
      const spans = numbered.filter(f => f.v.field === field && hasSpan(f.v, text));
      highlight(preview, text, spans);
      preview.hidden = field === 'subject' && text === '';
    }
    renderFindings(numbered);
    $('checked').hidden = false;
    $('stale').hidden = true;
  }

  function hasSpan(v, text) {
    return Number.isInteger(v.start) && Number.isInteger(v.end) && v.start >= 0 && v.start < v.end && v.end <= text.length;
  }

  /**
   * Writes text into container with a mark per stretch that violations cover. Overlapping spans
   * are cut at every boundary, so each stretch lists every violation covering it and takes the
   * color of the most severe. Offsets are UTF-16, as String.slice takes them.
   */
  function highlight(container, text, spans) {
    container.replaceChildren();
    const cuts = new Set([0, text.length]);
    for (const { v } of spans) {
      cuts.add(v.start);
      cuts.add(v.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i];
      const to = points[i + 1];
      const piece = text.slice(from, to);
      const covering = spans.filter(({ v }) => v.start <= from && to <= v.end);
      if (!covering.length) {
        container.append(document.createTextNode(piece));
        continue;
      }
      const mark = document.createElement('mark');
      mark.textContent = piece;
      mark.className = 'sev-' + worst(covering.map(f => f.v)) + (covering.length > 1 ? ' several' : '');
      mark.dataset.findings = covering.map(f => f.index).join(' ');
      mark.title = covering.map(f => tooltip(f.v)).join('\n\n');
      mark.tabIndex = 0;
      mark.setAttribute('aria-describedby', covering.map(f => 'finding-' + f.index).join(' '));
      link(mark, covering.map(f => 'finding-' + f.index));
      container.append(mark);
    }
  }

  function worst(violations) {
    return violations.some(v => v.severity === 'BLOCK') ? 'BLOCK' : 'WARN';
  }

  function tooltip(v) {
    return v.severity + ' ' + v.rule + ': ' + v.message + '\nPolicy: ' + v.policy + '\nFix: ' + v.suggestion;
  }

  function renderFindings(numbered) {
    const list = $('findings');
    list.replaceChildren();
    if (!numbered.length) {
      const none = document.createElement('li');
      none.className = 'none';
      none.textContent = 'Nothing found: the draft follows the messaging policy.';
      list.append(none);
      return;
    }
    for (const { v, index } of numbered) {
      const item = document.createElement('li');
      item.id = 'finding-' + index;
      item.className = 'finding sev-' + v.severity;
      item.tabIndex = 0;
      item.dataset.rule = v.rule;
      item.dataset.field = v.field;

      const head = document.createElement('div');
      head.className = 'head';
      head.append(tag('span', 'badge', v.severity), tag('code', 'rule', v.rule),
        tag('span', 'where', hasSpan(v, checkedText[v.field] || '') ? v.field : v.field + ' (whole field)'));
      if (v.fix) head.append(tag('span', 'fixable', 'fixable'));
      item.append(head);
      if (v.excerpt) item.append(tag('q', 'excerpt', v.excerpt));
      item.append(tag('p', 'message', v.message));
      item.append(labelled('Policy', v.policy), labelled('How to fix', v.suggestion));
      link(item, [...$('checked').querySelectorAll('mark')]
        .filter(m => m.dataset.findings.split(' ').includes(String(index))));
      list.append(item);
    }
  }

  function tag(name, className, text) {
    const element = document.createElement(name);
    element.className = className;
    element.textContent = text;
    return element;
  }

  function labelled(label, text) {
    const p = tag('p', 'detail', '');
    p.append(tag('strong', '', label + ': '), document.createTextNode(text || ''));
    return p;
  }

  /** Hovering or focusing one side (mark or list item) lights up the other. */
  function link(element, partners) {
    const set = on => () => {
      for (const partner of partners) {
        const target = typeof partner === 'string' ? $(partner) : partner;
        if (target) target.classList.toggle('active', on);
      }
    };
    element.addEventListener('mouseenter', set(true));
    element.addEventListener('mouseleave', set(false));
    element.addEventListener('focus', set(true));
    element.addEventListener('blur', set(false));
  }

  function markStale() {
    if (!checkedText) return;
    $('stale').hidden = $('subject').value === checkedText.subject && $('body').value === checkedText.body;
  }

  // --- attachments -----------------------------------------------------------------------------

  let attachmentIds = 0;

  function addAttachment() {
    const rows = $('attachments');
    if (rows.children.length >= MAX_ATTACHMENTS) return;
    const id = 'att-' + attachmentIds++;
    const row = document.createElement('div');
    row.className = 'attachment row';
    row.append(
      input(id + '-name', 'File name', 'fileName', 'text', 'grow'),
      input(id + '-type', 'Content type', 'contentType', 'text', 'grow'),
      input(id + '-size', 'Size (bytes)', 'sizeBytes', 'number', ''));
    row.querySelector('[data-prop="contentType"]').setAttribute('list', 'content-types');
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'secondary remove';
    remove.textContent = 'Remove';
    remove.addEventListener('click', () => {
      row.remove();
      renumberAttachments();
      $('add-attachment').focus();
    });
    row.append(remove);
    rows.append(row);
    renumberAttachments();
    row.querySelector('input').focus();
  }

  function input(id, label, prop, type, className) {
    const wrapper = document.createElement('div');
    wrapper.className = 'field ' + className;
    const l = document.createElement('label');
    l.htmlFor = id;
    l.textContent = label;
    const i = document.createElement('input');
    i.id = id;
    i.type = type;
    i.dataset.prop = prop;
    i.autocomplete = 'off';
    if (type === 'number') {
      i.min = '0';
      i.step = '1';
      i.inputMode = 'numeric';
    }
    wrapper.append(l, i);
    return wrapper;
  }

  /** Names each row's remove button after its place, and keeps to API.md's at most 10. */
  function renumberAttachments() {
    const rows = [...$('attachments').children];
    rows.forEach((row, i) => row.querySelector('.remove').setAttribute('aria-label', 'Remove attachment ' + (i + 1)));
    $('add-attachment').disabled = rows.length >= MAX_ATTACHMENTS;
    $('attachment-count').textContent = rows.length ? '(' + rows.length + ')' : 'optional';
  }

  // --- the catalog -----------------------------------------------------------------------------

  /** Contact reasons and languages from GET /rules; API.md's lists while it cannot be read. */
  async function loadCatalog() {
    let catalog = null;
    try {
      const response = await fetch('rules', { headers: headers() });
      if (response.ok) catalog = await response.json();
    } catch (e) {
      catalog = null;
    }
    const reasons = catalog && Array.isArray(catalog.contactReasons) && catalog.contactReasons.length
      ? catalog.contactReasons : FALLBACK_REASONS;
    const languages = catalog && Array.isArray(catalog.languages) && catalog.languages.length
      ? catalog.languages : FALLBACK_LANGUAGES;
    catalogLoaded = !!catalog;
    fillSelect($('contact-reason'), reasons.map(r => [r.id, r.id]), 'ORDER_ISSUE');
    $('contact-reason').dataset.reasons = JSON.stringify(reasons);
    fillSelect($('language'), [['', 'detect']].concat(languages.map(l => [l, l])), '');
    describeReason();
    document.body.dataset.catalog = catalogLoaded ? 'loaded' : 'fallback';
  }

  function fillSelect(select, options, preferred) {
    const current = select.value || preferred;
    select.replaceChildren();
    for (const [value, label] of options) {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = label;
      select.append(option);
    }
    select.value = options.some(([value]) => value === current) ? current : options[0][0];
  }

  function describeReason() {
    const reasons = JSON.parse($('contact-reason').dataset.reasons || '[]');
    const reason = reasons.find(r => r.id === $('contact-reason').value) || {};
    const facts = [];
    if (reason.description) facts.push(reason.description);
    if (reason.reply === true) facts.push('A reply.');
    else if (reason.reply === false) facts.push('Proactive.');
    if (reason.textLimit) facts.push('At most ' + reason.textLimit + ' characters.');
    $('contact-reason-hint').textContent = facts.join(' ');
  }

  // --- wiring ----------------------------------------------------------------------------------

  function loadExample() {
    $('subject').value = EXAMPLE.subject;
    $('body').value = EXAMPLE.body;
    $('contact-reason').value = EXAMPLE.contactReason;
    $('order-age').value = EXAMPLE.orderAgeDays;
    describeReason();
    markStale();
    $('body').focus();
  }

  form.addEventListener('submit', event => {
    event.preventDefault();
    check();
  });
  form.addEventListener('keydown', event => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      check();
    }
  });
  $('apply-fixes').addEventListener('click', applyFixes);
  $('example').addEventListener('click', loadExample);
  $('add-attachment').addEventListener('click', addAttachment);
  $('contact-reason').addEventListener('change', describeReason);
  $('subject').addEventListener('input', markStale);
  $('body').addEventListener('input', markStale);
  $('api-key').addEventListener('change', () => {
    if (!catalogLoaded) loadCatalog();
  });
  renumberAttachments();
  loadCatalog();
})();
