// A throwaway self-signed certificate for one hostname, made with openssl at run time (never committed).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** @returns {{ key: Buffer, cert: Buffer }} */
export function selfSignedCert(hostname) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bao-cao-cchc-tls-'));
  try {
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
      '-keyout', key, '-out', cert,
      '-subj', `/CN=${hostname}`, '-addext', `subjectAltName=DNS:${hostname}`,
    ], { stdio: 'ignore' });
    return { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
