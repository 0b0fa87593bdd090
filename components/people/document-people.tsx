'use client'
import { useTranslation } from 'react-i18next'
import type { Activity, AssignableUsers, Assignment, LanguageProgress } from '@/lib/api/client'
import { ActivityList } from './activity-list'
import { AssignmentsPanel } from './assignments-panel'
import { PeopleProgress } from './people-progress'

export type DocumentPeopleData = {
  assignments: Assignment[]
  /** Who an admin may choose per language; null for everyone else. */
  assignable: Record<string, AssignableUsers> | null
  progress: LanguageProgress[]
  activity: Activity[]
}

/** The document page's people: assignments, who did what, and the latest changes. */
export function DocumentPeople({
  documentId,
  langs,
  people,
}: {
  documentId: string
  langs: string[]
  people: DocumentPeopleData
}) {
  const { t } = useTranslation()
  return (
    <section className="card" style={{ marginTop: 16 }}>
      <h2 style={{ marginTop: 0 }}>{t('people.title')}</h2>
      <AssignmentsPanel
        documentId={documentId}
        langs={langs}
        assignments={people.assignments}
        assignable={people.assignable}
      />
      <PeopleProgress languages={people.progress} />
      <ActivityList documentId={documentId} activity={people.activity} />
    </section>
  )
}
