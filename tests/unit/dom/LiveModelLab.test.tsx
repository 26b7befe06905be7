import React from 'react';
import {render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import LiveModelLab from '@site/src/labs/LiveModel';
import {setPluginData} from '../stubs/useGlobalData';

beforeEach(() => {
  setPluginData('runtime-assets', {
    liveModel: {
      workerUrl: '/runtime/onnx.worker.abc.mjs',
      ortBase: '/ort/1.31.1/',
      ortVersion: '1.31.1',
      ortBytes: 14_930_000,
      models: {
        float32: {url: '/runtime/churn.float32.a.onnx', bytes: 3501},
        int8: {url: '/runtime/churn.int8.b.onnx', bytes: 2402},
      },
      model: {name: 'churn', version: 3, alias: 'champion'},
    },
  });
});

test('before Start: what will be downloaded, and nothing else', () => {
  render(<LiveModelLab />);
  expect(screen.getByRole('region', {name: /churn model, served in your browser/})).toBeInTheDocument();
  expect(screen.getByText(/version 3/)).toHaveTextContent('14.9 MB uncompressed');
  expect(screen.getByText(/version 3/)).toHaveTextContent('3.4 KB');
  expect(screen.queryByRole('form')).toBeNull();
  expect(screen.getByRole('button', {name: 'Start the live model'})).toBeEnabled();
});

test('a runtime that cannot start says so and offers a retry', async () => {
  // jsdom has no Worker: the start fails the way a blocked or missing worker script would.
  render(<LiveModelLab />);
  await userEvent.click(screen.getByRole('button', {name: 'Start the live model'}));
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent(/Worker is not defined/);
  expect(screen.getByRole('button', {name: 'Try again'})).toBeInTheDocument();
});
