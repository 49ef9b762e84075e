// The benchmark's baseline page: what every page of the portal loads before any portal code. It
// renders one paragraph with React, makes an Apollo Client and starts a federation runtime (the
// shell's libraries), and nothing else: no platform library, no query, no remote.
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { createInstance } from '@module-federation/enhanced/runtime';
import { createRoot } from 'react-dom/client';
import { BehaviorSubject } from 'rxjs';

const client = new ApolloClient({ cache: new InMemoryCache(), link: new HttpLink({ uri: '/graphql' }) });
const federation = createInstance({ name: 'baseline', remotes: [] });
const events = new BehaviorSubject({ federation: federation.name });

const container = document.getElementById('root');
if (!container) throw new Error('The baseline page needs <div id="root">');
createRoot(container).render(
  <ApolloProvider client={client}>
    <main>
      <h1>Cổng thông tin điện tử</h1>
      <p>
        Ngày 26/6/2020, Sở Thông tin và Truyền thông tỉnh Lạng Sơn tổ chức hội nghị sơ kết công tác 6 tháng đầu năm và triển khai nhiệm vụ 6
        tháng cuối năm 2020 ({events.value.federation}).
      </p>
    </main>
  </ApolloProvider>,
);
