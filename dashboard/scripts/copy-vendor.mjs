// Copies the browser bundles of the npm dependencies to vendor/<name>/<version>/, which nginx
// serves under /vendor/ with a one-year cache: a new version is a new URL. Runs as the
// postinstall step of `npm ci`; vendor/ is generated, never committed. index.html names the
// exact versions (VendorFilesTests fails when it and package-lock.json disagree).
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundles = [
  { pkg: 'chart.js', dir: 'chart.js', files: ['dist/chart.umd.min.js', 'dist/chart.umd.min.js.map'] },
  { pkg: '@stomp/stompjs', dir: 'stompjs', files: ['bundles/stomp.umd.min.js'] },
];

const vendor = join(root, 'vendor');
rmSync(vendor, { recursive: true, force: true });
for (const { pkg, dir, files } of bundles) {
  const pkgDir = join(root, 'node_modules', pkg);
  const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const target = join(vendor, dir, version);
  mkdirSync(target, { recursive: true });
  for (const file of files) {
    const source = join(pkgDir, file);
    if (!existsSync(source)) {
      throw new Error(`${pkg}@${version} has no ${file}: update scripts/copy-vendor.mjs`);
    }
    copyFileSync(source, join(target, file.split('/').pop()));
  }
  console.log(`vendor/${dir}/${version}/ <- ${pkg}`);
}
