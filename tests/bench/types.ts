export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
}
