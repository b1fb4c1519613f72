// Where the real browsers are. Honours CHROMIUM_PATH and FIREFOX_PATH; fails loudly with the install command.
import { existsSync } from 'node:fs';

const INSTALL =
  "Install Debian's browsers: apt-get update && apt-get install -y --no-install-recommends chromium firefox-esr (or set CHROMIUM_PATH / FIREFOX_PATH).";

function find(envName, candidates, label) {
  const fromEnv = process.env[envName];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${envName}=${fromEnv} does not exist. ${INSTALL}`);
    return fromEnv;
  }
  const hit = candidates.find((p) => existsSync(p));
  if (!hit) throw new Error(`${label} was not found (looked in ${candidates.join(', ')}). ${INSTALL}`);
  return hit;
}

export function chromiumPath() {
  return find('CHROMIUM_PATH', ['/usr/lib/chromium/chromium', '/usr/bin/chromium'], 'Chromium');
}

export function firefoxPath() {
  return find('FIREFOX_PATH', ['/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox-esr'], 'Firefox ESR');
}

/**
 * How Chromium runs here with the unpacked extension loaded: nothing reaches for the network on its
 * own (this machine refuses those connections), and no first-run screens. Shared by the e2e harness,
 * the bench and the npm start demo.
 */
export function chromiumArgs(extDir) {
  return [
    `--disable-extensions-except=${extDir}`,
    `--load-extension=${extDir}`,
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}
