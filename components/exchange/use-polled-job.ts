'use client'
import { useEffect, useState } from 'react'
import type { ApiError } from '@/lib/api/api-error'
import type { ApiResult } from '@/lib/api/client'

const POLL_MS = 1000

type JobLike = { status: string }

/**
 * A background job followed by polling once a form has started it (`start(jobId)`), every second until
 * it is neither queued nor running; a failed poll is reported through `onError`.
 */
export function usePolledJob<J extends JobLike>(
  load: (jobId: string) => Promise<ApiResult<J>>,
  onError: (error: ApiError) => void,
) {
  const [jobId, setJobId] = useState<string | null>(null)
  const [job, setJob] = useState<J | null>(null)
  const running = jobId !== null && (job === null || job.status === 'queued' || job.status === 'running')

  useEffect(() => {
    if (!running || jobId === null) return
    let stopped = false
    const poll = async () => {
      const result = await load(jobId)
      if (stopped) return
      if (result.ok) setJob(result.data)
      else onError(result.error)
    }
    void poll()
    const timer = setInterval(() => void poll(), POLL_MS)
    return () => {
      stopped = true
      clearInterval(timer)
    }
    // `load` and `onError` are stable functions of the caller (an api method, a state setter).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [jobId, running])

  /** Follows a new job (or none), forgetting the previous one. */
  const start = (id: string | null) => {
    setJob(null)
    setJobId(id)
  }
  return { jobId, job, running, start }
}
