// "Load more" under the invoice list: fetch the next page of rows and append them in place.
// Without JavaScript the button is a plain link to the longer list.
document.addEventListener('click', async (event) => {
  const button = event.target instanceof Element ? event.target.closest('#load-more') : null;
  if (!button) return;
  event.preventDefault();
  if (button.getAttribute('aria-busy') === 'true') return;

  const next = new URL(button.href);
  const page = Number(next.searchParams.get('page') || '2');
  const rowsUrl = new URL('/invoices/rows', location.origin);
  for (const key of ['status', 'q']) {
    const value = next.searchParams.get(key);
    if (value) rowsUrl.searchParams.set(key, value);
  }
  rowsUrl.searchParams.set('page', String(page));

  button.setAttribute('aria-busy', 'true');
  button.textContent = 'Loading…';
  try {
    const response = await fetch(rowsUrl, { headers: { Accept: 'text/html' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const rows = await response.text();
    const body = document.querySelector('#invoices tbody');
    const template = document.createElement('template');
    template.innerHTML = rows;
    body.append(template.content);
    const total = Number(response.headers.get('X-Total-Count'));
    const shown = body.querySelectorAll('tr').length;
    const showing = document.getElementById('showing');
    if (showing) showing.textContent = `Showing ${shown} of ${total} invoices`;
    if (shown >= total) {
      button.remove();
      return;
    }
    next.searchParams.set('page', String(page + 1));
    button.href = next.pathname + next.search;
    button.textContent = 'Load more';
  } catch {
    button.textContent = 'Could not load more. Try again';
  }
  button.removeAttribute('aria-busy');
});
