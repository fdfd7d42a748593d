import { describe, expect, it } from 'vitest';
import { isPermitted } from './policy';

describe('policy', () => {
  it('lets nobody without a relation do anything', () => {
    expect(isPermitted('organisation.readPrivate', [])).toBe(false);
  });

  it('lets viewers read but not change', () => {
    expect(isPermitted('organisation.readPrivate', ['VIEWER'])).toBe(true);
    expect(isPermitted('organisation.update', ['VIEWER'])).toBe(false);
  });

  it('lets only owners (and admins) manage members and delete', () => {
    expect(isPermitted('members.manage', ['EDITOR'])).toBe(false);
    expect(isPermitted('members.manage', ['OWNER'])).toBe(true);
    expect(isPermitted('organisation.delete', ['ADMIN'])).toBe(true);
  });

  it('gives a granted consultant the checks but not the organisation', () => {
    expect(isPermitted('assessment.edit', ['CONSULTANT'])).toBe(true);
    expect(isPermitted('organisation.update', ['CONSULTANT'])).toBe(false);
    expect(isPermitted('members.read', ['CONSULTANT'])).toBe(false);
  });

  it('lets an intermediary in the region see contact details but nothing private beyond', () => {
    expect(isPermitted('organisation.readPrivate', ['INTERMEDIARY'])).toBe(true);
    expect(isPermitted('assessment.read', ['INTERMEDIARY'])).toBe(false);
  });

  it('combines relations', () => {
    expect(isPermitted('organisation.update', ['CONSULTANT', 'EDITOR'])).toBe(true);
  });
});
