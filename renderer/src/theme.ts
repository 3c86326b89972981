import { createTheme } from '@mantine/core';

/** System fonts only (no remote fonts under the CSP), with CJK faces early in the stack. */
export const FONT_STACK = [
  '-apple-system',
  'BlinkMacSystemFont',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  'Arial',
  '"Noto Sans CJK SC"',
  '"Noto Sans SC"',
  '"WenQuanYi Micro Hei"',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  'sans-serif',
].join(', ');

export const theme = createTheme({
  primaryColor: 'indigo',
  fontFamily: FONT_STACK,
  headings: { fontFamily: FONT_STACK },
  defaultRadius: 'sm',
});
