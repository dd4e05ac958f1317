// @vitest-environment jsdom
import { describe, expect, it, vi, beforeEach } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

const push = vi.fn();
vi.mock('next/navigation', () => ({ useRouter: () => ({ push }), usePathname: () => '/en/check/age' }));
const { QuestionForm } = await import('@/components/wizard/QuestionForm');

const texts = { continue: 'Continue', errorSummaryTitle: 'Please fix the following', errors: { required: 'Choose an answer.', number: 'Enter a whole number from 0 to 120.', 'none-exclusive': 'None means none.' } };

beforeEach(() => push.mockReset());

describe('QuestionForm', () => {
  it('is a real GET form carrying the other answers, so it works without JavaScript', () => {
    const { container } = render(
      <QuestionForm locale="en" questionId="region" action="/en/check/region" answers={{ who: 'self' }} returnToAnswers={false}
        hidden={[['v', '1'], ['w', 'self']]} title="Where will you enroll?" hint={null}
        options={[{ value: 'beijing', label: 'Beijing' }, { value: 'elsewhere', label: 'Elsewhere' }]} noneLabel={null}
        defaultValue={[]} serverError={null} texts={texts} />,
    );
    const form = container.querySelector('form');
    expect(form).toHaveAttribute('method', 'get');
    expect(form).toHaveAttribute('action', '/en/check/region');
    expect(container.querySelector('input[type="hidden"][name="w"]')).toHaveValue('self');
    expect(container.querySelector('input[type="hidden"][name="go"]')).toHaveValue('1');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Where will you enroll?');
    expect(screen.getByRole('group')).toHaveAccessibleName('Where will you enroll?');
  });

  it('shows an error summary that takes focus, and an inline message, when nothing is chosen', async () => {
    render(
      <QuestionForm locale="en" questionId="region" action="/en/check/region" answers={{ who: 'self' }} returnToAnswers={false}
        hidden={[]} title="Where?" hint="Pick one" options={[{ value: 'beijing', label: 'Beijing' }]} noneLabel={null}
        defaultValue={[]} serverError={null} texts={texts} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByText('Please fix the following');
    await waitFor(() => expect(summary.closest('[role="alert"]')).toHaveFocus());
    expect(screen.getByRole('link', { name: 'Choose an answer.' })).toHaveAttribute('href', '#r-field');
    expect(document.getElementById('r-error')).toHaveTextContent('Choose an answer.');
    expect(push).not.toHaveBeenCalled();
  });

  it('moves to the next question without a reload once the answer is valid', async () => {
    render(
      <QuestionForm locale="en" questionId="age" action="/en/check/age" answers={{ who: 'self', region: 'beijing' }} returnToAnswers={false}
        hidden={[]} title="How old?" hint={null} options={[]} noneLabel={null} defaultValue={[]} serverError={null} texts={texts} />,
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'How old?' }), '130');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('link', { name: 'Enter a whole number from 0 to 120.' })).toBeInTheDocument();
    await userEvent.clear(screen.getByRole('textbox', { name: 'How old?' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'How old?' }), '45');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(push).toHaveBeenCalledWith('/en/check/situation?v=1&w=self&r=beijing&a=45'));
  });

  it('offers "none of these" for special groups and keeps it exclusive', async () => {
    render(
      <QuestionForm locale="en" questionId="special-groups" action="/en/check/special-groups" answers={{ who: 'self', region: 'beijing', age: 40, situation: 'flexible', hukou: 'local' }}
        returnToAnswers={false} hidden={[]} title="Any of these?" hint={null}
        options={[{ value: 'dibao', label: 'Dibao' }, { value: 'veteran', label: 'Veteran' }]} noneLabel="None of these"
        defaultValue={[]} serverError={null} texts={texts} />,
    );
    await userEvent.click(screen.getByRole('checkbox', { name: 'Dibao' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'None of these' }));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('link', { name: 'None means none.' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Dibao' }));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(push).toHaveBeenCalledWith('/en/check/coverage?v=1&w=self&r=beijing&a=40&s=flexible&h=local&g=none'));
  });

  it('shows the error the server found on a no-JavaScript submission', () => {
    render(
      <QuestionForm locale="en" questionId="age" action="/en/check/age" answers={{}} returnToAnswers={false}
        hidden={[]} title="How old?" hint={null} options={[]} noneLabel={null} defaultValue={['abc']} serverError="number" texts={texts} />,
    );
    expect(screen.getByRole('link', { name: 'Enter a whole number from 0 to 120.' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'How old?' })).toHaveValue('abc');
  });
});
