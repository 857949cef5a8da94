// "PDF report": downloads /api/reports/latest; tells the user when there is no report yet instead of
// saving an error page.
import { latestReport } from './api.js';
import { saveBlob } from './download.js';
import { toast } from './status.js';

export function initReportButton() {
  const button = document.getElementById('download-pdf');
  button.addEventListener('click', async () => {
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    try {
      const { blob, fileName } = await latestReport();
      saveBlob(blob, fileName);
      toast(`Downloading ${fileName}`);
    } catch (error) {
      toast(
        error.status === 404
          ? 'No PDF report yet: the reporting pipeline stores one after its first run.'
          : `The report could not be downloaded: ${error.message}`,
        error.status === 404 ? 'info' : 'error',
      );
    } finally {
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  });
}
