import type { AttachmentsMessageKey } from '../../attachments/attachmentsMessages';

export const attachmentsRo: Record<AttachmentsMessageKey, string> = {
  'attachments.attach': 'Atașează fișiere',
  'attachments.list': 'Atașamente',
  'attachments.dropHere': 'Plasează fișierele aici pentru a le atașa',
  'attachments.dropRejected': 'Aceste fișiere nu pot fi atașate',
  'attachments.size': '{size}',
  'attachments.uploading': 'Se încarcă {name}',
  'attachments.state.queued': 'Așteaptă încărcarea',
  'attachments.state.uploading': 'Se încarcă, {percent, number, percent}',
  'attachments.state.uploaded': 'Atașat',
  'attachments.state.failed': 'Încărcarea a eșuat',
  'attachments.state.cancelled': 'Încărcare anulată',
  'attachments.state.rejected': 'Neatașat',
  'attachments.inline': 'Imagine în text',
  'attachments.notKept': 'Acest dispozitiv nu poate păstra fișierul: lăsați fila deschisă până se încarcă',
  'attachments.cancel': 'Anulează încărcarea pentru {name}',
  'attachments.retry': 'Reîncearcă {name}',
  'attachments.remove': 'Elimină {name}',
  'attachments.dismiss': 'Închide {name}',
  'attachments.reason.size': 'Are {size}; fiecare fișier poate avea cel mult {limit}.',
  'attachments.reason.count':
    'Un mesaj poate avea cel mult {limit, plural, one {# atașament} few {# atașamente} other {# de atașamente}}.',
  'attachments.reason.total': 'Toate atașamentele împreună pot avea cel mult {limit}.',
  'attachments.reason.type': 'Fișierele de acest tip nu pot fi atașate.',
  'attachments.reason.empty': 'Fișierul este gol.',
  'attachments.prompt':
    '{count, plural, one {Cum să fie adăugată această imagine?} few {Cum să fie adăugate aceste # imagini?} other {Cum să fie adăugate aceste # de imagini?}}',
  'attachments.prompt.inline': 'În text',
  'attachments.prompt.attachment': 'Ca atașament',
  'attachments.prompt.remember': 'Ține minte alegerea',
  'attachments.placement':
    '{placement, select, inline {Imaginile sunt adăugate în text.} other {Imaginile sunt adăugate ca atașamente.}}',
  'attachments.placement.change': 'Întreabă de fiecare dată',
  'attachments.added':
    '{count, plural, one {A fost atașat {name}.} few {Au fost atașate # fișiere.} other {Au fost atașate # de fișiere.}}',
  'attachments.rejected':
    '{count, plural, one {{name} nu a fost atașat.} few {# fișiere nu au fost atașate.} other {# de fișiere nu au fost atașate.}}',
  'attachments.removed': 'A fost eliminat {name}.',
  'attachments.loadFailed': 'Lista atașamentelor nu a putut fi încărcată. Verifică conexiunea și încearcă din nou.',
  'attachments.loadRetry': 'Încearcă din nou',
};
