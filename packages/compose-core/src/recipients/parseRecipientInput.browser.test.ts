// The same table in Chromium, whose URL parser maps the IDN domains a user types there.
import { describeRecipientInputTable } from './recipientInputTable';

describeRecipientInputTable('Chromium');
