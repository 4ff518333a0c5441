// jixiao serve: small progressive enhancements; every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  // a changed sort order re-runs the search
  document.querySelectorAll('select.autosubmit').forEach(select =>
    select.addEventListener('change', () => select.form.submit()));

  // uploads: files dropped on the zone join the file input
  const drop = document.getElementById('drop');
  const input = document.getElementById('files');
  const chosen = document.getElementById('chosen');
  const showChosen = () => {
    if (!chosen || !input) return;
    const names = Array.from(input.files).map(f => f.name);
    chosen.textContent = names.length ? '已选 ' + names.length + ' 个文件：' + names.slice(0, 5).join('、') +
      (names.length > 5 ? ' …' : '') : '';
  };
  if (drop && input) {
    input.addEventListener('change', showChosen);
    ['dragenter', 'dragover'].forEach(type => drop.addEventListener(type, e => {
      e.preventDefault();
      drop.classList.add('over');
    }));
    ['dragleave', 'drop'].forEach(type => drop.addEventListener(type, e => {
      e.preventDefault();
      drop.classList.remove('over');
    }));
    drop.addEventListener('drop', e => {
      input.files = e.dataTransfer.files;
      showChosen();
    });
  }

  // import progress: the job list redrawn by the server every second while an import is queued or running
  const jobs = document.getElementById('jobs');
  if (jobs) {
    const refresh = () => fetch('/import/jobs', {credentials: 'same-origin'})
      .then(response => response.ok ? response.text() : Promise.reject(response.status))
      .then(html => {
        jobs.innerHTML = html;
        const live = jobs.querySelector('.job.queued, .job.running');
        if (live) setTimeout(refresh, 1000);
      })
      .catch(() => setTimeout(refresh, 3000));
    if (jobs.dataset.live === '1') refresh();
  }
});
