// The entry of each worker thread of the CPU pool (cpu-pool.ts): it answers the tasks of CPU_TASKS.
import { CPU_TASKS } from './cpu-tasks'
import { serveTasks } from './serve-tasks'

serveTasks(CPU_TASKS)
