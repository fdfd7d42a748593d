import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient } from '@bs/web/data-access';
import { I18nextProvider, initI18n } from '@bs/web/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './styles.css';

const i18n = initI18n();
const apolloClient = createApolloClient();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={apolloClient}>
        <App />
      </ApolloProvider>
    </I18nextProvider>
  </StrictMode>,
);
