/**
 * Rewrites the dev manifest's URLs for a deployment. The manifest in the repository points at
 * the dev server (https://localhost:3000/); `npm run build` copies it to dist/ with every such
 * URL replaced by ADDIN_PUBLIC_URL, so one file serves both and they cannot drift apart.
 */
'use strict';

const DEV_URL = 'https://localhost:3000/';

/**
 * Checks and normalises a public URL: https only (Office refuses plain http for add-ins),
 * always ending in "/". Throws a bilingual Error when the URL is unusable.
 */
function normalizePublicUrl(url) {
  const trimmed = String(url || '').trim();
  let parsed;
  try {
    parsed = new URL(trimmed);
  } catch {
    throw new Error(
      `ADDIN_PUBLIC_URL "${trimmed}" không phải địa chỉ web hợp lệ; hãy đặt ví dụ https://cchc.example.gov.vn/par-check/\n` +
        `ADDIN_PUBLIC_URL "${trimmed}" is not a valid URL; set e.g. https://cchc.example.gov.vn/par-check/`,
    );
  }
  if (parsed.protocol !== 'https:') {
    throw new Error(
      `ADDIN_PUBLIC_URL phải bắt đầu bằng https:// (Office không nạp add-in qua http): "${trimmed}"\n` +
        `ADDIN_PUBLIC_URL must start with https:// (Office does not load add-ins over http): "${trimmed}"`,
    );
  }
  parsed.search = '';
  parsed.hash = '';
  return parsed.href.endsWith('/') ? parsed.href : parsed.href + '/';
}

/** The manifest text with every dev-server URL pointing at `publicUrl` instead. */
function rewriteManifest(xml, publicUrl) {
  // "&" is legal in a URL but not bare in XML.
  const url = normalizePublicUrl(publicUrl).replace(/&/g, '&amp;');
  return String(xml).split(DEV_URL).join(url);
}

module.exports = { DEV_URL, normalizePublicUrl, rewriteManifest };
