import { describeRecipientInputTable } from './recipientInputTable';

describeRecipientInputTable('Node');
