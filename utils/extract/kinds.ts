/** Stage: what kinds of page a set of mapped fields makes (a page may be several). */
import type { FieldKey, PageKind } from '../types';

const KIND_FIELDS: readonly (readonly [PageKind, readonly FieldKey[]])[] = [
  [
    'results',
    [
      'receivedTotal',
      'receivedNew',
      'carriedOver',
      'resolvedTotal',
      'resolvedEarly',
      'resolvedOnTime',
      'resolvedLate',
      'inProgressTotal',
      'inProgressWithin',
      'inProgressOverdue',
      'suspended',
      'returnedWithdrawn',
      'reducedTime',
      'rateOnTime',
      'rateHandlingSatisfaction',
    ],
  ],
  ['online', ['receivedOnline', 'receivedDirect', 'receivedPostal', 'receivedDirectOrPostal', 'rateOnline']],
  [
    'digitization',
    ['digitized', 'digitizedBase', 'eResult', 'eResultBase', 'reused', 'reusedBase', 'rateDigitized', 'rateEResult', 'rateReused'],
  ],
  ['payment', ['paidOnline', 'feeDossiers', 'ratePayment']],
  ['feedback', ['paknReceived', 'paknSatisfied', 'ratePaknSatisfied']],
  ['catalogue', ['tthcTotal', 'tthcProvincial', 'tthcCommune', 'tthcPartial', 'tthcFull']],
];

export function pageKinds(fields: readonly FieldKey[]): PageKind[] {
  return KIND_FIELDS.filter(([, keys]) => keys.some((k) => fields.includes(k))).map(([kind]) => kind);
}
