import { redirect } from 'next/navigation'
import { pagePaths } from '@/lib/paths'

export default function Home() {
  redirect(pagePaths.documents())
}
