import { gql } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { createPortalCache } from './portal-cache';

const UNIT_ID = 'VW5pdDpzby10dHR0'; // Unit:so-tttt
const unitQuery = gql`
  query Units {
    units {
      id
      name
    }
  }
`;
const nodeQuery = gql`
  query Node($id: ID!) {
    node(id: $id) {
      id
      ... on Unit {
        name
      }
    }
  }
`;

describe('createPortalCache', () => {
  it('keys every Node type by its global id alone', () => {
    const cache = createPortalCache();
    expect(cache.identify({ __typename: 'Unit', id: UNIT_ID })).toBe(UNIT_ID);
    expect(cache.identify({ __typename: 'NewsArticle', id: 'TmV3c0FydGljbGU6MQ' })).toBe('TmV3c0FydGljbGU6MQ');
  });

  it('keeps Apollo keys for objects that only carry an id (the home page news item is not the article)', () => {
    expect(createPortalCache().identify({ __typename: 'PortalNewsItem', id: 'TmV3c0FydGljbGU6MQ' })).toBe('PortalNewsItem:TmV3c0FydGljbGU6MQ');
  });

  it('answers node(id) from the cache when another query fetched the object', () => {
    const cache = createPortalCache();
    cache.writeQuery({ query: unitQuery, data: { units: [{ __typename: 'Unit', id: UNIT_ID, name: 'Sở Thông tin và Truyền thông' }] } });
    expect(cache.readQuery({ query: nodeQuery, variables: { id: UNIT_ID } })).toEqual({
      node: { __typename: 'Unit', id: UNIT_ID, name: 'Sở Thông tin và Truyền thông' },
    });
  });

  it('leaves node(id) to the network when the object is not cached', () => {
    expect(createPortalCache().readQuery({ query: nodeQuery, variables: { id: UNIT_ID } })).toBeNull();
  });

  it('answers nodes(ids) from the cache only when every object is there', () => {
    const cache = createPortalCache();
    cache.writeQuery({ query: unitQuery, data: { units: [{ __typename: 'Unit', id: UNIT_ID, name: 'Sở' }] } });
    const nodesQuery = gql`
      query Nodes($ids: [ID!]!) {
        nodes(ids: $ids) {
          id
        }
      }
    `;
    expect(cache.readQuery({ query: nodesQuery, variables: { ids: [UNIT_ID] } })).toEqual({ nodes: [{ __typename: 'Unit', id: UNIT_ID }] });
    expect(cache.readQuery({ query: nodesQuery, variables: { ids: [UNIT_ID, 'VW5pdDpvdGhlcg'] } })).toBeNull();
  });

  it('answers reportingPeriod(code) from the cache once the period came by any query, the latest one (no code) too', () => {
    const periodQuery = gql`
      query Period($code: String) {
        reportingPeriod(code: $code) {
          id
          code
          labelEn
        }
      }
    `;
    const cache = createPortalCache();
    const h1 = { __typename: 'ReportingPeriod', id: 'UmVwb3J0aW5nUGVyaW9kOjIwMjAtSDE', code: '2020-H1', labelEn: 'First half of 2020' };
    cache.writeQuery({ query: periodQuery, variables: { code: null }, data: { reportingPeriod: h1 } });
    expect(cache.readQuery({ query: periodQuery, variables: { code: '2020-H1' } })).toEqual({ reportingPeriod: h1 });
    expect(cache.readQuery({ query: periodQuery, variables: { code: '2020-H2' } })).toBeNull();
  });

  it('merges what two queries know of one object', () => {
    const cache = createPortalCache();
    cache.writeQuery({ query: unitQuery, data: { units: [{ __typename: 'Unit', id: UNIT_ID, name: 'Sở' }] } });
    const codeQuery = gql`
      query UnitCode($id: ID!) {
        node(id: $id) {
          id
          ... on Unit {
            code
          }
        }
      }
    `;
    cache.writeQuery({ query: codeQuery, variables: { id: UNIT_ID }, data: { node: { __typename: 'Unit', id: UNIT_ID, code: 'so-tttt' } } });
    expect(cache.extract()[UNIT_ID]).toMatchObject({ __typename: 'Unit', id: UNIT_ID, name: 'Sở', code: 'so-tttt' });
  });
});
