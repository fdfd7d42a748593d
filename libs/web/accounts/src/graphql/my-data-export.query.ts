import { graphql } from '@bs/web/data-access';

/** Everything stored about the viewer, as one JSON document (GDPR Art. 15/20). */
export const MyDataExportQuery = graphql(`
  query MyDataExport {
    myDataExport
  }
`);
